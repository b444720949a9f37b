// The visible box shown instead of a diagram whose data cannot be drawn.
export function DiagramError({ message, file, line }: { message: string; file?: string; line: number }) {
  return (
    <div className="diagram-error" role="alert">
      <p className="diagram-error__title">Schéma illisible</p>
      <p>
        {file ? `${file}, ` : ''}ligne {line}&nbsp;: {message}
      </p>
    </div>
  );
}
