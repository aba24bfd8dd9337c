import type { Logger, RespondFn, webApi } from '@slack/bolt';
import { renderNotice } from '../answers/blocks/render-help.js';
import type { Message } from '../answers/blocks/message.js';
import type { Answer } from '../answers/answer.js';
import type { AnswerFile } from '../answers/answer-file.js';
import {
  NO_CONVERSATION_FOR_FILES,
  NOT_IN_CHANNEL,
  POST_FAILED,
  POST_UNCONFIRMED,
  RATE_LIMITED,
  TOO_LONG,
  UPLOAD_FAILED,
} from './messages.js';
import { NOT_A_MEMBER_CODES, RATE_LIMIT_CODES, slackErrorCode, TOO_LONG_CODES } from './slack-error-code.js';
import { POST_UNCONFIRMED_CODE } from './slack-fetch.js';

/** Where an answer goes: who asked, in which conversation and thread. */
export interface AnswerTarget {
  userId: string;
  channelId: string | null;
  /** The thread to reply in (`event.thread_ts ?? event.ts`, or the clicked message's). */
  threadTs: string | null;
}

/** The Slack calls delivery needs; Bolt's client and `respond` in the app, stand-ins in tests. */
export interface Transport {
  client: webApi.WebClient;
  /** Present when the request carried a response_url (commands, button clicks). */
  respond: RespondFn | null;
  logger: Logger;
}

/**
 * The transport for a listener's arguments. Bolt types `respond` as always there, but it is
 * undefined when the request has no response_url: a button in App Home, or a command relayed
 * without one. Such requests are answered with ephemeral messages or a DM instead.
 * @example toTransport({ client, respond: undefined, logger }).respond //=> null
 */
export function toTransport(args: {
  client: webApi.WebClient;
  respond?: RespondFn | undefined;
  logger: Logger;
}): Transport {
  return {
    client: args.client,
    respond: typeof args.respond === 'function' ? args.respond : null,
    logger: args.logger,
  };
}

function withoutResponseType(message: Message): { text: string; blocks: Message['blocks'] } {
  return { text: message.text, blocks: message.blocks };
}

/** An ephemeral message in the conversation (in the thread when there is one), else a DM. */
async function postPrivately(message: Message, target: AnswerTarget, transport: Transport): Promise<void> {
  // A button in App Home has no conversation: the DM is the only private place.
  if (target.channelId === null) {
    await postDirectly(message, target, transport);
    return;
  }
  try {
    await transport.client.chat.postEphemeral({
      channel: target.channelId,
      user: target.userId,
      ...(target.threadTs === null ? {} : { thread_ts: target.threadTs }),
      ...withoutResponseType(message),
    });
  } catch (error) {
    transport.logger.warn(`ephemeral reply failed (${slackErrorCode(error)}); sending a direct message instead`);
    await postDirectly(message, target, transport);
  }
}

/** Posting to a user id lands in the app's DM with them (chat:write is enough). */
async function postDirectly(message: Message, target: AnswerTarget, transport: Transport): Promise<void> {
  await transport.client.chat.postMessage({ channel: target.userId, ...withoutResponseType(message) });
}

/**
 * Shows messages to the asker only: through the response_url, else an ephemeral message, else a
 * DM. A response_url that fails (expired after 30 minutes or 5 uses, a 404/500, a timeout) is not
 * tried again for the remaining messages: they, and the one that failed, go the ephemeral way.
 */
async function deliverPrivately(
  messages: readonly Message[],
  target: AnswerTarget,
  transport: Transport,
): Promise<void> {
  let respond = transport.respond;
  for (const message of messages) {
    if (respond !== null) {
      try {
        await respond({ ...withoutResponseType(message), response_type: 'ephemeral', replace_original: false });
        continue;
      } catch (error) {
        transport.logger.warn(
          `replying through the response_url failed (${slackErrorCode(error)}); posting an ephemeral message instead`,
        );
        respond = null;
      }
    }
    await postPrivately(message, target, transport);
  }
}

/** What the asker is told, privately, when posting for everyone failed, followed by the answer itself. */
async function explainFailure(
  error: unknown,
  messages: readonly Message[],
  target: AnswerTarget,
  transport: Transport,
): Promise<void> {
  const code = slackErrorCode(error);
  transport.logger.warn(`posting the answer failed with ${code}; answering privately`);
  if (code === POST_UNCONFIRMED_CODE) {
    // Slack may have posted it after all: sending the answer again could show it twice, so only say so.
    await deliverPrivately([renderNotice(POST_UNCONFIRMED)], target, transport);
    return;
  }
  const note = NOT_A_MEMBER_CODES.has(code) ? NOT_IN_CHANNEL : RATE_LIMIT_CODES.has(code) ? RATE_LIMITED : POST_FAILED;
  if (TOO_LONG_CODES.has(code)) {
    await deliverPrivately(
      [renderNotice(TOO_LONG), ...messages.map((message) => renderNotice(message.text))],
      target,
      transport,
    );
    return;
  }
  await deliverPrivately([renderNotice(note), ...messages], target, transport);
}

/** Thrown when a post in a thread fails part-way: the messages not posted yet, and why. */
class PartialPost extends Error {
  override readonly name = 'PartialPost';
  constructor(
    readonly reason: unknown,
    readonly remaining: readonly Message[],
  ) {
    super('posting in the thread failed part-way');
  }
}

async function postInThread(
  messages: readonly Message[],
  channel: string,
  threadTs: string | null,
  transport: Transport,
): Promise<void> {
  for (const [i, message] of messages.entries()) {
    try {
      await transport.client.chat.postMessage({
        channel,
        ...(threadTs === null ? {} : { thread_ts: threadTs }),
        ...withoutResponseType(message),
        unfurl_links: false,
        unfurl_media: false,
      });
    } catch (error) {
      // What was posted stays posted: only the rest is sent privately, so nothing arrives twice.
      throw new PartialPost(error, messages.slice(i));
    }
  }
}

/** After a failed post: explains privately and sends only what was not posted. */
async function explainPartialFailure(error: unknown, target: AnswerTarget, transport: Transport): Promise<void> {
  if (error instanceof PartialPost) await explainFailure(error.reason, error.remaining, target, transport);
  else throw error;
}

/** Posts one message in the channel (in `threadTs` when set) and returns its ts. */
async function postOne(
  message: Message,
  channel: string,
  threadTs: string | null,
  transport: Transport,
): Promise<string | null> {
  const posted = await transport.client.chat.postMessage({
    channel,
    ...(threadTs === null ? {} : { thread_ts: threadTs }),
    ...withoutResponseType(message),
    unfurl_links: false,
    unfurl_media: false,
  });
  return typeof posted.ts === 'string' ? posted.ts : null;
}

/** Uploads one file into the thread through files.uploadV2 (getUploadURLExternal, the upload, completeUploadExternal). */
async function uploadFile(
  file: AnswerFile,
  channel: string,
  threadTs: string | null,
  transport: Transport,
): Promise<void> {
  const built = await file.build();
  const upload = {
    file: built.bytes,
    filename: file.fileName,
    title: file.title,
    ...(built.altText === null ? {} : { alt_text: built.altText }),
  };
  if (threadTs === null) await transport.client.files.uploadV2({ ...upload, channel_id: channel });
  else await transport.client.files.uploadV2({ ...upload, channel_id: channel, thread_ts: threadTs });
}

/**
 * Files with the messages that introduce them, in the thread; a slash command has no thread, so its first message is
 * posted in the channel and starts one. Without a conversation (App Home), or when Slack refuses, the asker gets the
 * messages privately with a note saying why.
 */
async function deliverUpload(
  answer: Extract<Answer, { kind: 'upload' }>,
  target: AnswerTarget,
  transport: Transport,
): Promise<void> {
  if (target.channelId === null) {
    await deliverPrivately([renderNotice(NO_CONVERSATION_FOR_FILES), ...answer.messages], target, transport);
    return;
  }
  try {
    let threadTs = target.threadTs;
    for (const message of answer.messages) {
      const ts = await postOne(message, target.channelId, threadTs, transport);
      threadTs = threadTs ?? ts;
    }
    for (const file of answer.files) await uploadFile(file, target.channelId, threadTs, transport);
  } catch (error) {
    transport.logger.warn(`uploading failed (${slackErrorCode(error)}); answering privately`);
    await deliverPrivately([renderNotice(UPLOAD_FAILED), ...answer.messages], target, transport);
  }
}

/**
 * Delivers an answer, never silently: when Slack refuses a post (not_in_channel, rate limits, a
 * message too long) the asker still gets the answer privately with a note saying why.
 */
export async function deliverAnswer(answer: Answer, target: AnswerTarget, transport: Transport): Promise<void> {
  switch (answer.kind) {
    case 'upload':
      await deliverUpload(answer, target, transport);
      return;
    case 'private':
      await deliverPrivately(answer.messages, target, transport);
      return;
    case 'replace':
      if (transport.respond === null) {
        await deliverPrivately([answer.message], target, transport);
        return;
      }
      try {
        await transport.respond({ ...withoutResponseType(answer.message), replace_original: true });
      } catch (error) {
        // The message can no longer be replaced; the asker still gets the new page, as a new private message.
        transport.logger.warn(`replacing the message failed (${slackErrorCode(error)}); answering privately`);
        await postPrivately(answer.message, target, transport);
      }
      return;
    case 'thread': {
      if (target.channelId === null) {
        await deliverPrivately(answer.messages, target, transport);
        return;
      }
      try {
        await postInThread(answer.messages, target.channelId, target.threadTs, transport);
      } catch (error) {
        await explainPartialFailure(error, target, transport);
      }
      return;
    }
    case 'public': {
      if (target.channelId === null) {
        await deliverPrivately([answer.message, ...answer.thread], target, transport);
        return;
      }
      let parentTs: string | null;
      try {
        const posted = await transport.client.chat.postMessage({
          channel: target.channelId,
          ...withoutResponseType(answer.message),
          unfurl_links: false,
          unfurl_media: false,
        });
        parentTs = typeof posted.ts === 'string' ? posted.ts : null;
      } catch (error) {
        await explainFailure(error, [answer.message, ...answer.thread], target, transport);
        return;
      }
      if (answer.deleteOriginal === true && transport.respond !== null) {
        try {
          await transport.respond({ delete_original: true });
        } catch (error) {
          // The shared answer is posted; only the private copy stays. Nothing for the asker to do.
          transport.logger.warn(`removing the private copy failed (${slackErrorCode(error)})`);
        }
      }
      try {
        if (answer.thread.length > 0) await postInThread(answer.thread, target.channelId, parentTs, transport);
      } catch (error) {
        await explainPartialFailure(error, target, transport);
      }
    }
  }
}
