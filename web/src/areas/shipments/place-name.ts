/** A place as the single window writes it in the page's language: 重庆 (CNCKG) in Chinese where the API gives a Chinese name, Chongqing (CNCKG) otherwise. */
export interface NamedPlace {
  code: string;
  name: string;
  nameZh?: string | null;
}

export function placeName(place: NamedPlace, language: string): string {
  return `${language === 'zh' && place.nameZh ? place.nameZh : place.name} (${place.code})`;
}
