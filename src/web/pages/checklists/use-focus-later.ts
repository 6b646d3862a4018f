import { useEffect, useState } from "react";

/**
 * Returns a function that moves focus to the element with the given id once it is on the
 * page: after the render that shows it (a form closing brings its opening button back).
 */
export function useFocusLater(): (id: string) => void {
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (focusId === null) return;
    const target = document.getElementById(focusId);
    if (!target) return;
    target.focus();
    setFocusId(null);
  });
  return setFocusId;
}
