// Place-name material: street names for addresses, and characters for towns and villages.

export const STREETS: readonly string[] = (
  '文三路 学院路 教工路 莫干山路 天目山路 解放路 延安路 庆春路 凤起路 建国路 中山路 人民路 新华路 环城东路 ' +
  '东湖路 西溪路 古墩路 丰潭路 文一西路 江南大道 滨盛路 市心路 金城路 钱江路 振兴路 工业路 科技大道 ' +
  '创业路 开发大道 站前路 府前街 县前街 北门街 南大街 体育路 公园路 长安路 光明路 迎宾大道 世纪大道 ' +
  '学府路 商业街 青年路 沿江路 环湖路 中心大道 园区路 兴业街 荣华路 和平路 五一路 建设路 东风路'
).split(' ');

/** Characters that combine into plausible town and village names. */
export const PLACE_CHARS: readonly string[] = [
  ...'东南西北上下前后新大小石山水河桥溪塘湾岭埠浦港林竹梅桃杨柳松枫花园田庄沙湖泉岙坞仓里洋横长龙凤安宁平和兴丰',
];

export const VILLAGE_SUFFIX = '村';
export const TOWN_SUFFIXES = ['镇', '街道'] as const;
