// `mingjing model docs`: regenerates docs/model.md from the model.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { ROOT } from '../core/config';
import { renderModelDoc } from './docs';

export const MODEL_DOC_PATH = path.join(ROOT, 'docs', 'model.md');

export function registerModelCommands(program: Command): void {
  program
    .command('model')
    .description('数据模型 (domain model)')
    .command('docs')
    .description('生成 docs/model.md (regenerate docs/model.md)')
    .action(() => {
      fs.writeFileSync(MODEL_DOC_PATH, renderModelDoc() + '\n');
      console.log(`已生成 ${path.relative(process.cwd(), MODEL_DOC_PATH)}`);
    });
}
