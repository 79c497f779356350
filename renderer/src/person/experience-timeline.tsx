import type { TimelineSpan } from '../../../shared/view-models';
import type { IsoDate } from '../../../shared/types';
import { daysBetween, minIso } from '../../../shared/dates';
import { formatDate } from '../lib/format';

interface ExperienceTimelineProps {
  readonly spans: readonly TimelineSpan[];
  readonly asOf: IsoDate;
}

/** The merged direct-coding spans on a bar from the first start to the as-of date. */
export function ExperienceTimeline({ spans, asOf }: ExperienceTimelineProps) {
  const first = minIso(spans.map((s) => s.start));
  if (!first || first > asOf) return <p className="muted">No direct coding experience before the as-of date.</p>;
  const total = Math.max(1, daysBetween(first, asOf));
  const pct = (iso: IsoDate) => Math.min(100, Math.max(0, (daysBetween(first, iso) / total) * 100));
  const visible = spans.filter((s) => s.start <= asOf);
  return (
    <figure className="timeline">
      <figcaption className="visually-hidden">Direct coding spans counted toward experience</figcaption>
      <div className="timeline-bar" aria-hidden="true">
        {visible.map((s) => {
          const end = s.end && s.end < asOf ? s.end : asOf;
          return (
            <span
              key={s.start}
              className={s.end ? 'timeline-span' : 'timeline-span timeline-ongoing'}
              style={{ left: `${pct(s.start)}%`, width: `${Math.max(0.5, pct(end) - pct(s.start))}%` }}
              title={`${formatDate(s.start)} – ${s.end ? formatDate(s.end) : 'ongoing'}`}
            />
          );
        })}
      </div>
      <div className="timeline-scale" aria-hidden="true">
        <span>{formatDate(first)}</span>
        <span>{formatDate(asOf)}</span>
      </div>
      <ul className="timeline-list">
        {visible.map((s) => (
          <li key={s.start}>
            {formatDate(s.start)} – {s.end ? formatDate(s.end) : 'ongoing'}
          </li>
        ))}
      </ul>
    </figure>
  );
}
