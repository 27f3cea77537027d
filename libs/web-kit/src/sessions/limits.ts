/** The server's cap on a text message (MESSAGE_MAX_LENGTH in the sessions contract). */
export const MESSAGE_MAX_LENGTH = 4000;
