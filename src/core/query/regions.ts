// Which region of the data a formula means. The data names regions in full (安徽省, 钢城区,
// 广西壮族自治区); a formula may drop the administrative ending and the peoples of an
// autonomous name (安徽, 钢城, 广西) or put the higher divisions first (山东省济南市钢城区).
import { PREFECTURE_PREFIX, PROVINCE_PREFIX } from "../resources/regions";
import { foldName, foldRegion } from "./fold";

/** The regions of a dataset, found by full name, short name, or with higher divisions before them. */
export class RegionNames {
  private readonly byName = new Map<string, string>();
  private readonly byShort = new Map<string, string | null>();

  constructor(labels: Iterable<string>) {
    for (const label of labels) {
      const key = foldName(label);
      if (!this.byName.has(key)) this.byName.set(key, label);
    }
    for (const label of this.byName.values()) {
      const short = foldRegion(label);
      // Two regions with one short name (吉林省, 吉林市): only their full names tell them apart.
      this.byShort.set(short, this.byShort.has(short) && this.byShort.get(short) !== label ? null : label);
    }
  }

  /** The data's label for `name`, or undefined when no region of the data is meant. */
  resolve(name: string): string | undefined {
    for (const candidate of lowerDivisions(foldName(name))) {
      const hit = this.byName.get(candidate) ?? this.byShort.get(foldRegion(candidate));
      if (hit) return hit;
    }
    return undefined;
  }
}

/** `山东省济南市钢城区` → itself, `济南市钢城区`, `钢城区`. */
function lowerDivisions(name: string): string[] {
  const out = [name];
  const province = name.replace(PROVINCE_PREFIX, "");
  if (province !== name) out.push(province);
  const prefecture = province.replace(PREFECTURE_PREFIX, "");
  if (prefecture !== province) out.push(prefecture);
  return out;
}
