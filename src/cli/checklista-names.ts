/** How many names `jamt checklista` suggests for a mistyped organisation name. */
const MAX_SUGGESTIONS = 3;

/**
 * The names closest to one that was not found: those that contain it or are contained in it
 * (ignoring case, accents, spacing and a part in brackets such as "(demo)"), then those a few
 * typing errors away, nearest first.
 */
export function closeNames(wanted: string, names: readonly string[]): string[] {
  const target = fold(wanted);
  if (target === "") return [];
  const allowed = Math.max(2, Math.floor(target.length / 6));
  return names
    .map((name) => {
      const forms = [fold(name), fold(name.replace(/\([^)]*\)/g, ""))];
      const distance = Math.min(
        ...forms.map((form) => (form.includes(target) || target.includes(form) ? 0 : editDistance(form, target))),
      );
      return { name, distance };
    })
    .filter((candidate) => candidate.distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, "sv"))
    .slice(0, MAX_SUGGESTIONS)
    .map((candidate) => candidate.name);
}

/** "  region  VÄSTERBOTTEN " → "region vasterbotten". */
function fold(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** Levenshtein distance: insertions, deletions and substitutions of single characters. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
