// Deterministic demo data: a seeded generator, so every fresh install shows the same names and numbers.
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  next(): number {
    // mulberry32
    let t = (this.s += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华玉兰红梅志强海燕春梅淑珍文斌晓东红霞丽娟秀珍宇婷子涵浩然欣怡梓轩雨桐思远佳琪一鸣俊杰国庆新民卫东爱华桂芳立新凤英振华德明淑华少华金凤".split("");

export function chineseName(rng: Rng): string {
  const given = rng.chance(0.6) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN);
  return rng.pick(SURNAMES) + given;
}

const PREFIXES = ["133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "158", "159", "180", "186", "187", "188", "189"];

export class PhoneBook {
  private used = new Set<string>();
  constructor(private rng: Rng) {}
  next(): string {
    for (;;) {
      const p = this.rng.pick(PREFIXES) + String(this.rng.int(0, 99_999_999)).padStart(8, "0");
      if (!this.used.has(p)) {
        this.used.add(p);
        return p;
      }
    }
  }
}
