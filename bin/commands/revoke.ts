/** `offramp revoke <id> [--reviewer NAME] [--note TEXT]`: withdraws a story's approval. */
import { ApprovalRefused, revokeStory } from '../../core/ethics/approvals.node.ts';
import { writeEthicsConfig } from '../../core/ethics/ethicsConfigFile.node.ts';
import { type Command, parseCommandArgs, ETHICS_CONFIG_PATH, UserError } from '../cliSupport.ts';
import { loadEthicsContext } from '../ethicsContext.ts';
import { requireStoryId } from '../storyTarget.ts';

const USAGE = 'revoke <story-id> [--reviewer NAME] [--note TEXT]';

export const command: Command = {
  name: 'revoke',
  usage: USAGE,
  summary: 'withdraw a story’s approval (the server stops serving it in production)',
  async run(args, io) {
    const parsed = parseCommandArgs('revoke', USAGE, args, {
      reviewer: { type: 'string' },
      note: { type: 'string' },
    });
    const storyId = requireStoryId('revoke', USAGE, parsed.positionals);
    const context = loadEthicsContext();
    let result;
    try {
      result = revokeStory(
        context.config,
        {
          storyId,
          ...(parsed.values.reviewer ? { reviewer: parsed.values.reviewer } : {}),
          ...(parsed.values.note ? { note: parsed.values.note } : {}),
        },
        context.today,
      );
    } catch (error) {
      if (error instanceof ApprovalRefused)
        throw new UserError(`offramp revoke: ${error.message}`, 1);
      throw error;
    }
    writeEthicsConfig(ETHICS_CONFIG_PATH, result.config);
    io.stdout.write(
      `revoked ${storyId} on ${result.approval.date}; recorded in ${context.configFile}\n`,
    );
    return 0;
  },
};
