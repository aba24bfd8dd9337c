import type { AckFn, AnyMiddlewareArgs, Middleware, RespondFn } from '@slack/bolt';
import { ALL_ACTION_IDS } from '../../answers/action-values.js';
import { renderNotice } from '../../answers/blocks/render-help.js';
import { renderUnknownCommand } from '../render-unknown-command.js';
import { parseRequestKind } from '../input.js';
import { BUTTON_EXPIRED } from '../../answers/messages.js';
import { COMMANDS } from './commands/index.js';
import { VIEWS } from './actions/index.js';

function ackOf(args: AnyMiddlewareArgs): AckFn<unknown> | null {
  return 'ack' in args && typeof args.ack === 'function' ? (args.ack as AckFn<unknown>) : null;
}

function respondOf(args: AnyMiddlewareArgs): RespondFn | null {
  return 'respond' in args && typeof args.respond === 'function' ? args.respond : null;
}

/**
 * Global middleware: acknowledges at once what no listener of ours will, instead of letting Bolt
 * answer 404 after 3 seconds (Slack then shows the person "dispatch_failed"/"operation_timeout").
 * - a slash command we do not serve (renamed in the app settings): says which ones we do;
 * - a button id we no longer render (a message from an older version): "out of date";
 * - a form (modal) submission of a form we no longer open, shortcuts, menus and legacy attachments: acked, logged.
 * Events need nothing: Bolt acks them before any middleware runs.
 */
export function acknowledgeUnhandled(): Middleware<AnyMiddlewareArgs> {
  const commands: ReadonlySet<string> = new Set(COMMANDS);
  const actions: ReadonlySet<string> = new Set(ALL_ACTION_IDS);
  const views: ReadonlySet<string> = new Set(VIEWS);
  return async (args) => {
    const ack = ackOf(args);
    const request = parseRequestKind(args.body);
    if (ack === null || request.kind === 'event') {
      await args.next();
      return;
    }
    if (request.kind === 'command') {
      if (commands.has(request.command)) {
        await args.next();
        return;
      }
      args.logger.warn(`answered an unknown slash command ${request.command}`);
      await ack({ ...renderUnknownCommand(request.command), response_type: 'ephemeral' });
      return;
    }
    if (request.kind === 'block_actions') {
      if (request.actionId !== null && actions.has(request.actionId)) {
        await args.next();
        return;
      }
      await ack();
      args.logger.warn(`answered a click on an unknown button ${request.actionId ?? '(none)'}`);
      const respond = respondOf(args);
      try {
        if (respond !== null)
          await respond({ ...renderNotice(BUTTON_EXPIRED), response_type: 'ephemeral', replace_original: false });
      } catch (error) {
        args.logger.warn('telling the person the button is out of date failed', error);
      }
      return;
    }
    if (request.kind === 'view_submission' && request.callbackId !== null && views.has(request.callbackId)) {
      await args.next();
      return;
    }
    args.logger.warn(
      `acknowledged a ${request.kind === 'view_submission' ? 'view_submission' : request.type} request this app does not handle`,
    );
    await ack();
  };
}
