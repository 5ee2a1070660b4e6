/**
 * The receipt (回执) a declaration's state corresponds to, as the single window writes it: the
 * QP channel code where the single window sends one (e.g. G 海关接单交单回执), else the status
 * name. Declarants read receipts as a time-ordered list, Chinese name first, in either language;
 * `chineseStatus` gives the current one, the history gives the states the list is built from.
 */
import type { DeclarationState } from '../../gql/graphql';

export const RECEIPTS: Readonly<Record<DeclarationState, string>> = {
  DRAFT: '暂存',
  SUBMITTED: '7 申报成功',
  ACCEPTED: 'G 海关接单交单回执',
  REJECTED: 'E 海关退单',
  RISK_ASSESSMENT: '审单（风险甄别）',
  DOCUMENT_REVIEW: 'V 报关单转现场验估岗',
  PHYSICAL_INSPECTION: 'C 无纸验放查验通知书',
  HELD: '查验异常 / 扣留',
  TAX_DUE: 'J 审单中心确定办理税费及证件手续',
  PAID: '已缴税',
  GUARANTEED: 'B 海关担保验放',
  AWAITING_RELEASE: 'W 海关无纸验放通知（审结）',
  RELEASED: 'P 海关已放行',
  CLOSED: 'R 海关已结关回执',
  DELETED: 'A 放行前删除或异常处理',
  REFUSED: '不予放行 / 退运',
  SUMMARY_DECLARED: '概要申报',
  RELEASED_FOR_PICKUP: '概要申报放行（提货）',
  RELEASED_FROM_PORT: '附条件提离',
  HELD_AFTER_RELEASE: '合格评定不合格 / 扣留',
  RECALLED: '召回 / 退运',
  HELD_FOR_REINSPECTION: '电子锁报警 / 复验',
  TRANSIT_DECLARED: '转关申报',
  SEALED: '施封（转关在途）',
  ARRIVED_AT_DESTINATION: '转关到达（指运地）',
};

/** A state as the history stores it (`documentReview`) in the API's enum spelling (`DOCUMENT_REVIEW`). */
export function stateOfHistory(name: string): DeclarationState {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() as DeclarationState;
}
