/**
 * `offramp approve <id> --reviewer NAME [--note TEXT]`: records an approval bound to the
 * story's exact content in ethics.config.json. Any later edit voids it.
 */
import { ApprovalRefused, approveStory } from '../../core/ethics/approvals.node.ts';
import { writeEthicsConfig } from '../../core/ethics/ethicsConfigFile.node.ts';
import { displayRelativeToCwd } from '../../core/story/compileInk.node.ts';
import { formatProblem } from '../../core/story/problems.ts';
import {
  type Command,
  commandUsageError,
  parseCommandArgs,
  ETHICS_CONFIG_PATH,
  UserError,
} from '../cliSupport.ts';
import { loadEthicsContext } from '../ethicsContext.ts';
import { requireStoryId } from '../storyTarget.ts';

const USAGE = 'approve <story-id> --reviewer NAME [--note TEXT]';

export const command: Command = {
  name: 'approve',
  usage: USAGE,
  summary: 'record an approval bound to the story’s exact content in ethics.config.json',
  async run(args, io) {
    const parsed = parseCommandArgs('approve', USAGE, args, {
      reviewer: { type: 'string' },
      note: { type: 'string' },
    });
    const storyId = requireStoryId('approve', USAGE, parsed.positionals);
    const reviewer = parsed.values.reviewer;
    if (!reviewer?.trim()) {
      throw commandUsageError('approve', USAGE, 'who approves? add --reviewer NAME');
    }
    const context = loadEthicsContext();
    let result;
    try {
      result = approveStory(
        context,
        { storyId, reviewer, ...(parsed.values.note ? { note: parsed.values.note } : {}) },
        displayRelativeToCwd,
      );
    } catch (error) {
      if (!(error instanceof ApprovalRefused)) throw error;
      throw new UserError(
        [...error.problems.map(formatProblem), `offramp approve: ${error.message}`].join('\n'),
        1,
      );
    }
    writeEthicsConfig(ETHICS_CONFIG_PATH, result.config);
    const { approval } = result;
    io.stdout.write(
      `approved ${storyId} (content ${approval.contentHash.slice(0, 12)}…) by ${approval.reviewer} on ${approval.date}; ` +
        `hooks: ${approval.hooks.join(', ') || 'none'}; recorded in ${context.configFile}\n`,
    );
    return 0;
  },
};
