// Public surface of @passerelle/web-kit. Styles are imported separately: '@passerelle/web-kit/styles.css'.
export { PRODUCT_NAME } from './product';

export * from './api/types';
export * from './api/account-types';
export * from './api/api-error';
export * from './api/http-client';
export * from './api/download';

export * from './stores/auth';

export * from './i18n/locales';
export * from './i18n/create-i18n';

export * from './socket/realtime-connection';

export * from './invites/types';
export * from './invites/invite-status';
export * from './invites/invite-form';
export * from './invites/phone';
export * from './invites/link-problem';
export * from './invites/slot-time';

export * from './sessions/types';
export * from './sessions/limits';
export * from './sessions/message-timeline';
export * from './sessions/waiting-room';
export * from './sessions/file-check';
export * from './sessions/ringtone';
export * from './sessions/uuid';

export * from './expertise/nir';
export * from './expertise/patient-types';
export * from './expertise/patient-form';
export * from './expertise/form-types';
export * from './expertise/form-values';
export * from './expertise/form-keys';
export * from './expertise/request-types';
export * from './expertise/queue-types';
export * from './expertise/request-display';
export * from './expertise/expertise-api';
export * from './expertise/realtime';
export * from './expertise/use-calendar-date';
export * from './expertise/use-document-uploads';

export * from './calls/call-client';
export * from './calls/ice-servers';
export * from './device-test';

export * from './router/route-meta';
export * from './router/auth-guard';
export * from './router/safe-redirect';
export * from './router/document-title';

export * from './composables/use-error-message';
export * from './composables/use-locale';
export * from './composables/use-online-status';
export * from './composables/use-session-room';
export * from './composables/use-ringtone';
export * from './composables/use-protected-object-url';
export * from './composables/use-date-format';

export { default as LoginForm } from './components/auth/LoginForm.vue';
export { default as LoginPage } from './components/auth/LoginPage.vue';
export { default as OtpStep } from './components/auth/OtpStep.vue';
export { default as NoAccessPage } from './components/auth/NoAccessPage.vue';
export { default as LanguageSwitcher } from './components/i18n/LanguageSwitcher.vue';
export { default as AppShell } from './components/shell/AppShell.vue';
export { default as BrandMark } from './components/shell/BrandMark.vue';
export { default as PublicShell } from './components/shell/PublicShell.vue';
export { default as ChatPanel } from './components/chat/ChatPanel.vue';
export { default as CallPanel } from './components/calls/CallPanel.vue';
export { default as ParticipantList } from './components/session/ParticipantList.vue';
export { default as ExpertiseFormFields } from './components/expertise/ExpertiseFormFields.vue';
export { default as ExpertiseFormView } from './components/expertise/ExpertiseFormView.vue';
export { default as PatientSummary } from './components/expertise/PatientSummary.vue';
export { default as RequestStatusBadge } from './components/expertise/RequestStatusBadge.vue';
export { default as RequestThread } from './components/expertise/RequestThread.vue';
export { default as RequestDocuments } from './components/expertise/RequestDocuments.vue';
export { default as DocumentUploads } from './components/expertise/DocumentUploads.vue';
export { default as ThreadComposer } from './components/expertise/ThreadComposer.vue';
export { default as LiveSessionPanel } from './components/expertise/LiveSessionPanel.vue';
export { default as PBAlert } from './components/ui/PBAlert.vue';
export { default as PBBadge } from './components/ui/PBBadge.vue';
export { default as PBButton } from './components/ui/PBButton.vue';
export { default as PBCard } from './components/ui/PBCard.vue';
export { default as PBDialog } from './components/ui/PBDialog.vue';
export { default as PBEmptyState } from './components/ui/PBEmptyState.vue';
export { default as PBField } from './components/ui/PBField.vue';
export { default as PBRadioGroup } from './components/ui/PBRadioGroup.vue';
export { default as PBSelect } from './components/ui/PBSelect.vue';
