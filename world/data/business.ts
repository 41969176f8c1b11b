// Company naming and market sectors: 字号 characters with pinyin, niches by tender category, and what each buys.

/** 字号 characters with pinyin (for e-mail local parts). */
export const ZIHAO: readonly (readonly [string, string])[] = (
  '宏hong 达da 恒heng 鑫xin 华hua 盛sheng 泰tai 隆long 兴xing 源yuan 丰feng 瑞rui 祥xiang 德de 信xin 诚cheng ' +
  '金jin 鼎ding 富fu 嘉jia 新xin 天tian 宇yu 海hai 明ming 光guang 远yuan 通tong 顺shun 和he 安an 康kang 博bo ' +
  '创chuang 卓zhuo 越yue 凯kai 晟sheng 昊hao 辰chen 星xing 汇hui 聚ju 联lian 众zhong 合he 中zhong 正zheng ' +
  '东dong 江jiang 禾he 森sen 林lin 峰feng 山shan 川chuan 润run 泽ze 永yong 久jiu 益yi 利li 佳jia 美mei ' +
  '优you 精jing 诺nuo 锐rui 腾teng 飞fei 翔xiang 鹏peng 龙long 骏jun 豪hao 杰jie 英ying 智zhi 慧hui 力li ' +
  '建jian 立li 成cheng 荣rong 昌chang 旺wang 福fu 万wan 邦bang 国guo 民min 茂mao 图tu 云yun 蓝lan 青qing ' +
  '银yin 铭ming 策ce 方fang 圣sheng 伟wei 亚ya 欧ou 麒qi 麟lin 晨chen 阳yang 峻jun 沃wo 尚shang 品pin'
)
  .split(' ')
  .map((s) => [s[0], s.slice(1)] as const);

export const CATEGORIES = ['工程', '货物', '服务'] as const;
export type Category = 0 | 1 | 2;
/** Tender-id code of each category. */
export const CATEGORY_CODES = ['GC', 'HW', 'FW'] as const;

export interface Niche {
  readonly name: string;
  readonly cat: Category;
  /** Industry words in company names (`杭州宏达{市政工程}有限公司`). */
  readonly industries: readonly string[];
  /** Tender subjects (`2023年{道路提升改造工程}`). */
  readonly subjects: readonly string[];
  /** Typical budget median (yuan) and log-sigma. */
  readonly budget: readonly [number, number];
}

export const NICHES: readonly Niche[] = [
  {
    name: '市政',
    cat: 0,
    industries: ['市政工程', '市政建设'],
    subjects: ['道路提升改造工程', '雨污分流改造工程', '背街小巷改造工程', '桥梁维修加固工程'],
    budget: [2_500_000, 0.9],
  },
  {
    name: '房建',
    cat: 0,
    industries: ['建设工程', '建筑工程', '建设'],
    subjects: ['综合楼新建工程', '教学楼改扩建工程', '老旧小区改造工程', '办公用房维修改造工程'],
    budget: [4_000_000, 1.0],
  },
  {
    name: '园林',
    cat: 0,
    industries: ['园林绿化工程', '园林景观工程'],
    subjects: ['公园绿化提升工程', '河道景观绿化工程', '道路绿化养护工程'],
    budget: [1_200_000, 0.8],
  },
  {
    name: '水利',
    cat: 0,
    industries: ['水利水电工程', '水利建设'],
    subjects: ['河道综合整治工程', '农田水利灌溉工程', '堤防加固工程'],
    budget: [2_000_000, 0.9],
  },
  {
    name: '装饰',
    cat: 0,
    industries: ['建筑装饰工程', '装饰工程'],
    subjects: ['室内装修改造工程', '会议中心装饰工程', '外立面整治工程'],
    budget: [900_000, 0.8],
  },
  {
    name: '路桥',
    cat: 0,
    industries: ['路桥工程', '交通工程'],
    subjects: ['农村公路提升改造工程', '公路大中修工程', '交通安全设施工程'],
    budget: [3_000_000, 0.9],
  },
  {
    name: '电力',
    cat: 0,
    industries: ['电力工程', '电气安装工程'],
    subjects: ['配电增容改造工程', '路灯亮化工程', '光伏发电项目工程'],
    budget: [1_000_000, 0.8],
  },
  {
    name: '智能化',
    cat: 0,
    industries: ['智能化工程', '安防工程'],
    subjects: ['弱电智能化工程', '视频监控系统工程', '智慧停车系统工程'],
    budget: [800_000, 0.8],
  },
  {
    name: '医疗设备',
    cat: 1,
    industries: ['医疗器械', '医疗设备'],
    subjects: ['彩色多普勒超声诊断仪采购', '全自动生化分析仪采购', 'DR影像设备采购', '医用耗材采购'],
    budget: [1_200_000, 0.9],
  },
  {
    name: '办公设备',
    cat: 1,
    industries: ['办公设备', '商贸'],
    subjects: ['办公电脑及打印设备采购', '多功能一体机采购', '办公用品采购'],
    budget: [300_000, 0.7],
  },
  {
    name: '教学设备',
    cat: 1,
    industries: ['教学设备', '教育科技'],
    subjects: ['智慧教室设备采购', '实验室设备采购', '课桌椅采购'],
    budget: [500_000, 0.8],
  },
  {
    name: '家具',
    cat: 1,
    industries: ['家具', '家具制造'],
    subjects: ['办公家具采购', '学生公寓家具采购', '会议室家具采购'],
    budget: [400_000, 0.7],
  },
  {
    name: '信息设备',
    cat: 1,
    industries: ['电子科技', '信息科技', '网络科技'],
    subjects: ['服务器及存储设备采购', '网络安全设备采购', '数据中心设备采购'],
    budget: [800_000, 0.9],
  },
  {
    name: '车辆',
    cat: 1,
    industries: ['汽车销售', '汽车服务'],
    subjects: ['公务用车采购', '环卫车辆采购', '执法执勤车辆采购'],
    budget: [700_000, 0.7],
  },
  {
    name: '机电',
    cat: 1,
    industries: ['机电设备', '机电工程'],
    subjects: ['电梯采购及安装', '中央空调设备采购', '柴油发电机组采购'],
    budget: [900_000, 0.8],
  },
  {
    name: '农资',
    cat: 1,
    industries: ['农业科技', '农资'],
    subjects: ['有机肥采购', '农机具采购', '苗木采购'],
    budget: [300_000, 0.8],
  },
  {
    name: '物业',
    cat: 2,
    industries: ['物业管理', '物业服务'],
    subjects: ['物业管理服务', '保洁服务', '绿化养护服务'],
    budget: [900_000, 0.8],
  },
  {
    name: '信息化',
    cat: 2,
    industries: ['信息技术', '软件', '数字科技'],
    subjects: ['信息系统运维服务', '智慧城市平台开发服务', '软件开发服务'],
    budget: [800_000, 0.9],
  },
  {
    name: '咨询',
    cat: 2,
    industries: ['工程咨询', '管理咨询'],
    subjects: ['造价咨询服务', '可行性研究报告编制服务', '全过程工程咨询服务'],
    budget: [400_000, 0.8],
  },
  {
    name: '监理',
    cat: 2,
    industries: ['工程监理', '建设监理'],
    subjects: ['工程监理服务', '施工监理服务'],
    budget: [350_000, 0.7],
  },
  {
    name: '设计',
    cat: 2,
    industries: ['建筑设计', '规划设计'],
    subjects: ['工程设计服务', '景观设计服务', '规划编制服务'],
    budget: [500_000, 0.8],
  },
  {
    name: '保安',
    cat: 2,
    industries: ['保安服务', '安保服务'],
    subjects: ['安保服务', '安全巡查服务'],
    budget: [600_000, 0.7],
  },
  {
    name: '环卫',
    cat: 2,
    industries: ['环境服务', '环境卫生服务', '环保科技'],
    subjects: ['道路保洁服务', '垃圾清运服务', '公厕保洁服务'],
    budget: [1_500_000, 0.8],
  },
  {
    name: '餐饮',
    cat: 2,
    industries: ['餐饮管理', '膳食管理'],
    subjects: ['食堂餐饮服务', '学生营养餐配送服务'],
    budget: [700_000, 0.7],
  },
  {
    name: '检测',
    cat: 2,
    industries: ['检测技术', '检验检测'],
    subjects: ['工程质量检测服务', '环境监测服务', '房屋安全鉴定服务'],
    budget: [300_000, 0.7],
  },
  {
    name: '文化传媒',
    cat: 2,
    industries: ['文化传媒', '广告'],
    subjects: ['宣传策划服务', '会展服务', '宣传片制作服务'],
    budget: [250_000, 0.7],
  },
];

/** Specialised products with only a handful of suppliers (decoy: honest firms that must co-bid). */
export const SPECIAL_PRODUCTS: readonly (readonly [string, string])[] = [
  ['医用直线加速器', '医疗科技'],
  ['高压氧舱', '医疗设备'],
  ['消防云梯车', '消防装备'],
  ['气象雷达', '气象科技'],
  ['水质在线监测仪器', '环境仪器'],
  ['核磁共振成像系统', '医学影像'],
  ['手术机器人', '医疗机器人'],
  ['应急救援无人机', '无人机'],
  ['人防防护设备', '人防设备'],
  ['档案密集架', '档案设备'],
  ['血液透析机', '血液净化'],
  ['桥梁检测车', '专用车辆'],
];

export const HOLDING_INDUSTRIES = ['投资管理', '实业', '投资', '控股'] as const;
export const AGENCY_INDUSTRIES = ['招标代理', '项目管理', '工程造价咨询'] as const;
export const COMPANY_FORMS = ['有限公司', '股份有限公司', '有限责任公司', '集团有限公司'] as const;

export const METHODS = ['公开招标', '邀请招标', '竞争性谈判', '询价', '单一来源'] as const;
export type Method = 0 | 1 | 2 | 3 | 4;
