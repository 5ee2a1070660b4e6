/**
 * 中文: state, milestone and role names as the single window (国际贸易"单一窗口") writes them.
 * Typed by en.ts, so a key missing here fails the typecheck.
 */
import type { Resources } from './en';

export const zh: Resources = {
  app: { notFound: { title: '页面不存在', text: '{{path}} 下没有页面。' }, title: '一单 · 国际贸易单一窗口', skip: '跳到正文', language: '语言', signOut: '退出', signedInAs: '当前用户：{{name}}（{{code}}）', nav: { orders: '订单', track: '物流跟踪' } },
  signIn: {
    title: '登录',
    tokenLabel: 'API 令牌',
    tokenHelp: '粘贴管理员签发的令牌（Authorization: Bearer）。',
    submit: '登录',
    demoTitle: '演示企业',
    demoHelp: '非生产环境下服务器列出演示企业。其令牌是公开的，仅供试用。',
    demoUse: '以 {{name}} 登录',
    noDemo: '本服务器未提供演示企业。',
    checking: '正在验证令牌…',
  },
  live: {
    connecting: '正在连接实时更新…（其间每 {{seconds}} 秒刷新一次）',
    live: '实时：记录的变化即时显示。',
    failed: '实时更新不可用：改为每 {{seconds}} 秒刷新一次。',
    refused: '实时更新被拒绝：服务器不接受此令牌（{{reason}}），请重新登录。',
  },
  errors: { title: '服务器拒绝了请求', unauthenticated: '令牌无效，请重新登录。' },
  orderState: { DRAFT: '草稿', CONFIRMED: '已确认', BOOKED: '已订舱', IN_TRANSIT: '运输中', ARRIVED: '已到达', DELIVERED: '已交付', COMPLETED: '已完成', CANCELLED: '已取消', ON_HOLD: '已暂停' },
  milestone: {
    GATE_IN: '进场',
    LOADED: '装载',
    DEPARTED: '发运',
    ARRIVED: '到达',
    DISCHARGED: '卸货',
    TRANSSHIPPED: '中转',
    DELIVERED: '交付',
    CUSTOMS_HOLD: '海关扣留',
    ELOCK_ALARM: '电子关锁报警',
  },
  legStatus: { planned: '计划', departed: '已发运', arrived: '已到达' },
  mode: { SEA: '海运', RAIL: '铁路', ROAD: '公路', AIR: '航空', RIVER: '内河' },
  role: { EXPORTER: '出口商', IMPORTER: '进口商', CONSOLIDATOR: '集拼商', FORWARDER: '货代', CARRIER: '承运人', CUSTOMS: '海关', BANK: '银行', INSURER: '保险公司', TRAINER: '培训师', AUDITOR: '审计' },
};
