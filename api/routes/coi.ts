// The conflict-of-interest check (the only route a service key may call).
import type { QuickReadPort } from '../../graph/port';
import { ACCESS } from '../auth/roles';
import type { ApiRouter } from '../http/route';
import type { ApiOptions } from '../options';
import { CoiRequest, CoiResponse } from '../schemas/coi';
import { checkConflicts } from '../services/coi';

export function coiRoutes(r: ApiRouter, g: QuickReadPort, o: ApiOptions): void {
  r.add({
    method: 'post',
    path: '/conflicts/check',
    summary: '利益冲突核查：最多 100 对，或一个对象对一组对象 (conflict-of-interest check)',
    description:
      '对每一对返回：k 跳内是否关联、最强路径（每一跳的关系、日期、来源）、得分、类型（亲属、持股/控制比例、共用联系方式、任职）与审计编号。' +
      '被大量主体共用的电话/邮箱/地址/设备/IP（度数超过阈值）本身不算关联。',
    tags: ['conflicts'],
    roles: ACCESS.coi,
    body: CoiRequest,
    response: CoiResponse,
    handler: ({ body }, ctx) =>
      checkConflicts(g, body, o.coi, (a) =>
        ctx.audit({ action: 'coi.check', query: a.query, results: a.results, detail: a.detail, status: 200 }),
      ),
  });
}
