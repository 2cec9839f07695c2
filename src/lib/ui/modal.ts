/**
 * What every modal dialog of the app (Share, Preferences, Keyboard shortcuts) does with input:
 * keys typed in it stay in it (the scene behind must not step or play), Escape closes it (the
 * browser does too; this also covers browsers without <dialog> support), and a click on the
 * backdrop (the dialog box itself, outside its content) closes it. An attachment:
 * `<dialog {@attach modalInput(close)}>`.
 */
export function modalInput(close: () => void) {
  return (node: HTMLDialogElement) => {
    const onkey = (e: KeyboardEvent) => {
      e.stopPropagation();
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      }
    };
    const onclick = (e: MouseEvent) => {
      if (e.target === node) close();
    };
    node.addEventListener('keydown', onkey);
    node.addEventListener('click', onclick);
    return () => {
      node.removeEventListener('keydown', onkey);
      node.removeEventListener('click', onclick);
    };
  };
}
