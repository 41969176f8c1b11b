// The `mingjing` command line: registers each module's commands and turns errors into one clear line.
import { Command } from 'commander';
import { isMingjingError } from '../core/errors';
import { COMMANDS } from './commands';

export function buildProgram(): Command {
  const program = new Command('mingjing')
    .description(
      '明镜 Mingjing — 关联关系、围标串标与利益输送分析引擎 (relationship engine for investigators)',
    )
    .showHelpAfterError('（用 --help 查看用法 / use --help for usage）');
  for (const register of COMMANDS) register(program);
  return program;
}

/** Prints a user's mistake as one line (中文 first), never a stack trace; exit code 1. */
export function reportError(e: unknown): number {
  if (isMingjingError(e)) {
    const where = [e.details.file, e.details.line, e.details.column].filter((x) => x !== undefined).join(':');
    console.error(`错误 ${e.code}${where ? ` [${where}]` : ''}: ${e.zh}\nError: ${e.en}`);
    return 1;
  }
  const msg = e instanceof Error ? e.message : String(e);
  console.error(`内部错误 (internal error): ${msg}`);
  if (process.env.DEBUG && e instanceof Error) console.error(e.stack);
  return 2;
}

if (
  require.main === module ||
  process.argv[1]?.endsWith('mingjing.cjs') ||
  process.argv[1]?.endsWith('mingjing')
) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((e: unknown) => {
      process.exitCode = reportError(e);
    });
}
