import type { ComponentChildren } from 'preact';

interface Props {
  message: string;
  kind: 'info' | 'error';
  children?: ComponentChildren;
}

export function StatusMessage({ message, kind, children }: Props) {
  return (
    <div class={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <p class="status-message">{message}</p>
      {children}
    </div>
  );
}
