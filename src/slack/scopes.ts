/**
 * The bot scopes reportdesk asks for, on the OAuth install page and in manifest.yml (test/manifest.test.ts checks
 * both against the Web API methods, events and commands the code uses).
 */
export const BOT_SCOPES = ['commands', 'app_mentions:read', 'chat:write', 'files:write', 'im:history'] as const;
