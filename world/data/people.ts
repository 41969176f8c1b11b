// Chinese personal names and job titles: surnames by frequency, given-name characters, official and company roles.

/** Single-character surnames, most frequent first (weights follow rank). */
export const SURNAMES: readonly string[] = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤楼应虞俞裘',
];

/** Two-character surnames, rare. */
export const COMPOUND_SURNAMES: readonly string[] = ['欧阳', '上官', '司马', '诸葛', '东方'];

/** Relative weight of the surname at `rank` (Zipf-like). */
export function surnameWeight(rank: number): number {
  return 1 / Math.pow(rank + 1, 0.85);
}

export const MALE_CHARS: readonly string[] = [
  ...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欢阳建国志峰亮晨东海文博成晓坤锋彬然轩航豪振兴家森立庆德宏永胜利新春江洪荣毅翔伦福生忠良',
];
export const FEMALE_CHARS: readonly string[] = [
  ...'芳娜敏静丽艳娟霞秀英慧巧美婷雪琳玲燕萍红梅兰洁琴云莉倩颖佳欣怡晶瑶蕾薇丹妍琪璐思彤悦雯婧晓月凤珍蓉菲露媛青莹',
];

/** Titles of officials by organisation kind: [head, deputy, deputy, finance, …staff]. */
export const OFFICIAL_TITLES = {
  gov: ['区长', '副区长', '副区长', '财政局局长', '办公室主任', '办公室副主任', '秘书科科长'],
  bureau: [
    '局长',
    '副局长',
    '副局长',
    '财务科科长',
    '办公室主任',
    '规划科科长',
    '综合科科长',
    '科员',
    '科员',
  ],
  town: ['镇长', '副镇长', '副镇长', '财政所所长', '党政办主任', '建设办主任', '科员'],
  hospital: ['院长', '副院长', '副院长', '财务科科长', '设备科科长', '总务科科长', '基建科科长'],
  school: ['校长', '副校长', '副校长', '财务室主任', '总务处主任', '教务处主任'],
  soe: ['董事长', '总经理', '副总经理', '财务总监', '采购部经理', '工程部经理', '办公室主任'],
  village: ['村党组织书记', '村民委员会主任', '村民委员会副主任', '村报账员', '村民委员会委员'],
} as const;

/** Roles of people in companies (positions.role and persons.position). */
export const COMPANY_ROLES = [
  '法定代表人',
  '执行董事',
  '监事',
  '财务负责人',
  '项目负责人',
  '销售经理',
  '员工',
  '技术负责人',
  '董事',
] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];

/** Relations written in relatives.relation. */
export const RELATIONS = ['配偶', '子女', '兄弟姐妹', '姻亲', '父母'] as const;
export type Relation = (typeof RELATIONS)[number];

/** Expert titles for persons.position of the expert pool. */
export const EXPERT_TITLES = [
  '高级工程师',
  '教授级高级工程师',
  '副教授',
  '主任医师',
  '高级会计师',
  '工程师',
  '高级经济师',
];
