import type { ReactNode } from 'react';

export function Panel({ title, extra, className, children }: { title: string; extra?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section className={`panel ${className ?? ''}`}>
      <header className="panel-head">
        <h2>{title}</h2>
        {extra}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
