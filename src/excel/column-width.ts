// Excel measures a column in characters of the default font (Calibri 11: 7 px a character plus 5 px
// of padding) and the API takes points (0.75 pt a pixel).

export function charactersToPoints(characters: number): number {
  return Math.round(Math.trunc(characters * 7 + 5) * 0.75 * 100) / 100;
}

export function pointsToCharacters(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}
