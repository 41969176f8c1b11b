// County-level regions (GB/T 2260 codes) for addresses, 身份证 and USCC region segments: Zhejiang first, then elsewhere.

export interface Region {
  /** 6-digit administrative division code. */
  readonly code: string;
  readonly province: string;
  /** Prefecture city ('' for districts of a municipality). */
  readonly city: string;
  readonly district: string;
  /** Prefix used in company names (城市或县级市简称). */
  readonly short: string;
  /** Telephone area code. */
  readonly area: string;
  /** In the investigated province (organisations live here; most companies too). */
  readonly home: boolean;
}

const ZJ: Record<string, [string, string]> = {
  杭州: [
    '0571',
    '330102上城区 330105拱墅区 330106西湖区 330108滨江区 330109萧山区 330110余杭区 330111富阳区 330112临安区 330113临平区 330114钱塘区 330122桐庐县 330127淳安县 330182建德市',
  ],
  宁波: [
    '0574',
    '330203海曙区 330205江北区 330206北仑区 330211镇海区 330212鄞州区 330213奉化区 330225象山县 330226宁海县 330281余姚市 330282慈溪市',
  ],
  温州: [
    '0577',
    '330302鹿城区 330303龙湾区 330304瓯海区 330305洞头区 330324永嘉县 330326平阳县 330327苍南县 330381瑞安市 330382乐清市',
  ],
  嘉兴: [
    '0573',
    '330402南湖区 330411秀洲区 330421嘉善县 330424海盐县 330481海宁市 330482平湖市 330483桐乡市',
  ],
  湖州: ['0572', '330502吴兴区 330503南浔区 330521德清县 330522长兴县 330523安吉县'],
  绍兴: ['0575', '330602越城区 330603柯桥区 330604上虞区 330624新昌县 330681诸暨市 330683嵊州市'],
  金华: [
    '0579',
    '330702婺城区 330703金东区 330723武义县 330726浦江县 330781兰溪市 330782义乌市 330783东阳市 330784永康市',
  ],
  衢州: ['0570', '330802柯城区 330803衢江区 330881江山市'],
  舟山: ['0580', '330902定海区 330903普陀区'],
  台州: ['0576', '331002椒江区 331003黄岩区 331004路桥区 331081温岭市 331082临海市 331083玉环市'],
  丽水: ['0578', '331102莲都区 331181龙泉市'],
};

/** Places outside the province: bidders from elsewhere, and where some people were born. */
const OUTSIDE = [
  '310115|上海市||浦东新区|上海|021',
  '310112|上海市||闵行区|上海|021',
  '320106|江苏省|南京市|鼓楼区|南京|025',
  '320506|江苏省|苏州市|吴中区|苏州|0512',
  '340104|安徽省|合肥市|蜀山区|合肥|0551',
  '360102|江西省|南昌市|东湖区|南昌|0791',
  '350102|福建省|福州市|鼓楼区|福州|0591',
  '410105|河南省|郑州市|金水区|郑州|0371',
  '420111|湖北省|武汉市|洪山区|武汉|027',
  '430104|湖南省|长沙市|岳麓区|长沙|0731',
  '440106|广东省|广州市|天河区|广州|020',
  '440305|广东省|深圳市|南山区|深圳|0755',
  '110108|北京市||海淀区|北京|010',
  '510107|四川省|成都市|武侯区|成都|028',
  '370102|山东省|济南市|历下区|济南|0531',
];

function zhejiang(): Region[] {
  const out: Region[] = [];
  for (const [city, [area, list]] of Object.entries(ZJ)) {
    for (const item of list.split(' ')) {
      const district = item.slice(6);
      const county = /[县市]$/.test(district) ? district.slice(0, -1) : city;
      out.push({
        code: item.slice(0, 6),
        province: '浙江省',
        city: city + '市',
        district,
        short: county,
        area,
        home: true,
      });
    }
  }
  return out;
}

function outside(): Region[] {
  return OUTSIDE.map((s) => {
    const [code, province, city, district, short, area] = s.split('|');
    return { code, province, city, district, short, area, home: false };
  });
}

export const REGIONS: readonly Region[] = [...zhejiang(), ...outside()];
export const HOME_REGION_COUNT = REGIONS.filter((r) => r.home).length;

/** `浙江省杭州市西湖区` */
export function regionName(r: Region): string {
  return r.province + r.city + r.district;
}

/** Province short name for names of larger firms (浙江, 上海, 江苏 …). */
export function provinceShort(r: Region): string {
  return r.province.replace(/(省|市)$/, '');
}
