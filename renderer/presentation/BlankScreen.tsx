// The black or white screen (B / W): covers the whole window, above reveal's controls;
// a click brings the slide back, as any key does.
export function BlankScreen({ screen, onDismiss }: { screen: 'black' | 'white'; onDismiss: () => void }) {
  return (
    <div
      className={`blank-screen blank-screen--${screen}`}
      data-testid="blank-screen"
      aria-label={screen === 'black' ? 'Écran noir' : 'Écran blanc'}
      onClick={onDismiss}
    />
  );
}
