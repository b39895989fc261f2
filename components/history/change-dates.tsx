import { formatShortDate } from "@/components/facts/format";

/**
 * The two times of a change, each labelled: when it happened in the world (as its source
 * states it; often unknown) and when it was recorded here. Never one read as the other.
 */
export function ChangeDates(props: {
  happenedOn: Date | null;
  happenedKind?: "happened" | "announced";
  recordedAt: Date;
  reportedOn?: Date | null;
  /** Show the recording time to the minute (the history page). */
  exact?: boolean;
}) {
  const { happenedOn, recordedAt, reportedOn } = props;
  const recorded = props.exact
    ? `${recordedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`
    : formatShortDate(recordedAt);
  return (
    <span data-testid="change-dates">
      {happenedOn ? (
        <>
          {props.happenedKind ?? "happened"}{" "}
          <time dateTime={happenedOn.toISOString().slice(0, 10)}>
            {formatShortDate(happenedOn)}
          </time>
        </>
      ) : (
        "date not stated"
      )}
      {" · recorded "}
      <time dateTime={recordedAt.toISOString()}>{recorded}</time>
      {reportedOn && (
        <>
          {" · source published "}
          <time dateTime={reportedOn.toISOString().slice(0, 10)}>
            {formatShortDate(reportedOn)}
          </time>
        </>
      )}
    </span>
  );
}
