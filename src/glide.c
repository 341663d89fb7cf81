/*
 * glide.c
 *		Time-bound targets (kpi 1.1): how far a value has come from a
 *		baseline toward a target's goal (kpi_progress), the value a straight
 *		glide path expects at an instant (kpi_expected), and whether a value
 *		is on track for the deadline (kpi_on_track).
 *
 * The glide path runs from the baseline at the start to the goal at the
 * deadline, the warning path from the baseline to the warning threshold;
 * before the start both are the baseline, from the deadline on they are
 * the threshold itself, exactly, so that at and after the deadline
 * kpi_on_track is kpi_status.  The elapsed fraction of the period is
 * taken from the timestamps in int128, which no instant overflows.
 * Durations stay exact integer microseconds (days of 24 h, months of 30
 * days, as kpi_status reads them): the expected duration is computed
 * exactly and rounded once, half away from zero.
 */
#include "kpi.h"

#include <float.h>
#include <math.h>

#include "utils/builtins.h"

/* The argument lists of the two overloads, for the unit mismatch hint. */
#define NUMBER_PROGRESS "double precision, kpi_target, double precision"
#define DURATION_PROGRESS "interval, kpi_target, interval"
#define NUMBER_EXPECTED "kpi_target, double precision, timestamptz, timestamptz, timestamptz"
#define DURATION_EXPECTED "kpi_target, interval, timestamptz, timestamptz, timestamptz"
#define NUMBER_ON_TRACK "double precision, kpi_target, double precision, timestamptz, timestamptz, timestamptz"
#define DURATION_ON_TRACK "interval, kpi_target, interval, timestamptz, timestamptz, timestamptz"

/*
 * A value or baseline of a glide call: exact microseconds for duration
 * targets, a double for number and percent targets.
 */
typedef struct GlideValue
{
	int128		micros;
	double		number;
} GlideValue;

/*
 * The part of the period from start to deadline that has elapsed at the
 * instant asked about, as microseconds out of the period's length:
 * elapsed is clamped to 0..length, and length is positive.
 */
typedef struct GlideProgress
{
	int128		elapsed;
	int128		length;
} GlideProgress;

/* The float8 text of a number, for error details. */
static char *
number_text(double value)
{
	return DatumGetCString(DirectFunctionCall1(float8out,
											   Float8GetDatum(value)));
}

/*
 * Read the value (baseline false) or the baseline argument argno.  A NaN
 * is refused, as kpi_status refuses it; an infinite value compares and
 * measures like any other, but an infinite baseline leaves no path to the
 * goal, and a duration baseline must fit in int64 microseconds, as the
 * expected durations do.
 */
static GlideValue
glide_argument(FunctionCallInfo fcinfo, int argno, const KpiTarget *target,
			   bool baseline, const char *function)
{
	const char *argument = baseline ? "the baseline" : "the value";
	GlideValue	result = {0, 0.0};

	if (target->unit == KPI_UNIT_DURATION)
	{
		Interval   *span = PG_GETARG_INTERVAL_P(argno);

		result.micros = kpi_interval_arg_micros(span, function, argument);
		if (baseline && unlikely(result.micros > PG_INT64_MAX ||
								 result.micros < PG_INT64_MIN))
			kpi_report_long_threshold(span, function, argument);
		return result;
	}
	result.number = PG_GETARG_FLOAT8(argno);
	if (unlikely(isnan(result.number)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: %s must be a number, not NaN", function, argument),
				 errdetail("The target is \"%s\".", kpi_target_text(target))));
	if (baseline && unlikely(isinf(result.number)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: the baseline must be finite", function),
				 errdetail("The baseline is %s; the target is \"%s\".",
						   number_text(result.number), kpi_target_text(target)),
				 errhint("The baseline is the KPI's value at the start of the period, from which the glide path runs to the goal.")));
	return result;
}

/* Refuse an infinite start or deadline: the path needs both ends. */
static void
require_finite_instant(TimestampTz instant, const char *function,
					   const char *argument)
{
	if (unlikely(TIMESTAMP_NOT_FINITE(instant)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: the %s must be a finite instant", function,
						argument),
				 errdetail("The %s is %s.", argument,
						   kpi_instant_text(instant, false)),
				 errhint("Only the instant asked about may be infinite: before the start the path is the baseline, after the deadline the goal.")));
}

/*
 * Read start, deadline and the instant asked about from arguments argno
 * to argno + 2: the deadline must come after the start; the instant,
 * infinite or not, is clamped into the period.
 */
static GlideProgress
glide_progress(FunctionCallInfo fcinfo, int argno, const char *function)
{
	TimestampTz start = PG_GETARG_TIMESTAMPTZ(argno);
	TimestampTz deadline = PG_GETARG_TIMESTAMPTZ(argno + 1);
	TimestampTz at = PG_GETARG_TIMESTAMPTZ(argno + 2);
	GlideProgress progress;

	require_finite_instant(start, function, "start");
	require_finite_instant(deadline, function, "deadline");
	if (unlikely(deadline <= start))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: the deadline must be after the start", function),
				 errdetail("The start is %s and the deadline %s.",
						   kpi_instant_text(start, false),
						   kpi_instant_text(deadline, false)),
				 errhint("Pass the start of the period first, then its deadline.")));
	progress.length = (int128) deadline - start;
	progress.elapsed = (int128) at - start;
	if (progress.elapsed < 0)
		progress.elapsed = 0;
	if (progress.elapsed > progress.length)
		progress.elapsed = progress.length;
	return progress;
}

/*
 * The number the path from baseline to threshold expects: baseline +
 * (threshold - baseline) * f, the ends exact.  Where threshold - baseline
 * overflows the path is computed in halves, which are exact for such
 * magnitudes; rounding never takes it beyond its ends.
 */
static double
expected_number(double baseline, double threshold, GlideProgress progress)
{
	double		f;
	double		path;

	if (progress.elapsed == 0)
		return baseline;
	if (progress.elapsed == progress.length)
		return threshold;
	f = (double) progress.elapsed / (double) progress.length;
	if (likely(isfinite(threshold - baseline)))
		path = baseline + (threshold - baseline) * f;
	else
		path = 2.0 * (baseline / 2.0 + (threshold / 2.0 - baseline / 2.0) * f);
	path = Max(path, Min(baseline, threshold));
	return Min(path, Max(baseline, threshold));
}

/*
 * The duration the path from baseline to threshold expects, exactly:
 * baseline + (threshold - baseline) * elapsed / length rounded half away
 * from zero.  The distance is below 2^64 and elapsed at most length, below
 * 2^64, so their product fits in uint128; the result lies between the two
 * ends, so it fits in int64.
 */
static int64
expected_micros(int64 baseline, int64 threshold, GlideProgress progress)
{
	bool		down = threshold < baseline;
	uint128		distance;
	uint128		product;
	uint128		length = (uint128) progress.length;
	uint128		remainder;
	int64		whole;

	if (progress.elapsed == 0)
		return baseline;
	if (progress.elapsed == progress.length)
		return threshold;
	distance = down ? (uint128) ((int128) baseline - threshold) :
		(uint128) ((int128) threshold - baseline);
	product = distance * (uint128) progress.elapsed;
	remainder = product % length;
	/* the exact path is whole + r / length going up, whole - r / length down */
	whole = (int64) (down ? (int128) baseline - (int128) (product / length) :
					 (int128) baseline + (int128) (product / length));
	if (remainder == 0)
		return whole;
	if (remainder > length - remainder ||
		(remainder == length - remainder && (down ? whole <= 0 : whole >= 0)))
		return down ? whole - 1 : whole + 1;
	return whole;
}

/* Order (<0, 0, >0) of a value against a point of a path. */
static int
order_against(const KpiTarget *target, GlideValue value, double number,
			  int64 micros)
{
	if (target->unit == KPI_UNIT_DURATION)
		return (value.micros > micros) - (value.micros < micros);
	return (value.number > number) - (value.number < number);
}

/*
 * Whether the value satisfies the target's comparator against the path
 * from the baseline to threshold at this point of the period.
 */
static bool
on_path(const KpiTarget *target, GlideValue value, GlideValue baseline,
		KpiTargetValue threshold, GlideProgress progress)
{
	double		number = 0.0;
	int64		micros = 0;

	if (target->unit == KPI_UNIT_DURATION)
		micros = expected_micros((int64) baseline.micros, threshold.micros,
								 progress);
	else
		number = expected_number(baseline.number, threshold.number, progress);
	return kpi_target_satisfies(target->comparator,
								order_against(target, value, number, micros));
}

/*
 * kpi_progress(value, target, baseline): 100 * (value - baseline) /
 * (goal - baseline), NULL when the baseline is the goal.  Durations from
 * the exact microseconds, correctly rounded; numbers 0 on the baseline and
 * 100 on the goal exactly, the differences taken in halves where they
 * overflow, and a finite value whose percent overflows is an error.
 */
static Datum
progress_of(FunctionCallInfo fcinfo, bool interval_value)
{
	const KpiTarget *target = (const KpiTarget *) PG_GETARG_POINTER(1);
	GlideValue	value;
	GlideValue	baseline;
	double		goal = target->goal.number;
	double		part;
	double		whole;
	double		percent;

	kpi_target_require_unit(target, interval_value, "kpi_progress",
							"value and baseline", NUMBER_PROGRESS,
							DURATION_PROGRESS);
	value = glide_argument(fcinfo, 0, target, false, "kpi_progress");
	baseline = glide_argument(fcinfo, 2, target, true, "kpi_progress");
	if (target->unit == KPI_UNIT_DURATION)
	{
		if (baseline.micros == target->goal.micros)
			PG_RETURN_NULL();
		PG_RETURN_FLOAT8(kpi_positive_zero(kpi_percent(value.micros - baseline.micros,
													   target->goal.micros - baseline.micros)));
	}
	if (baseline.number == goal)
		PG_RETURN_NULL();
	if (value.number == baseline.number)
		PG_RETURN_FLOAT8(0.0);
	if (value.number == goal)
		PG_RETURN_FLOAT8(100.0);
	part = value.number - baseline.number;
	whole = goal - baseline.number;
	if (unlikely(!isfinite(whole) || !isfinite(part)))
	{
		part = value.number / 2.0 - baseline.number / 2.0;
		whole = goal / 2.0 - baseline.number / 2.0;
	}
	/* 100 * part first keeps whole-number percents exact, unless it overflows */
	percent = fabs(part) > DBL_MAX / 100.0 ? 100.0 * (part / whole) :
		100.0 * part / whole;
	if (unlikely(isinf(percent) && !isinf(value.number)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("kpi_progress: the progress is out of range for double precision"),
				 errdetail("Value %s, baseline %s, target \"%s\".",
						   number_text(value.number),
						   number_text(baseline.number),
						   kpi_target_text(target))));
	PG_RETURN_FLOAT8(kpi_positive_zero(percent));
}

/*
 * kpi_expected(target, baseline, start, deadline, at): the goal's glide
 * path at the instant, as a double or an interval like the baseline.
 */
static Datum
expected_of(FunctionCallInfo fcinfo, bool interval_value)
{
	const KpiTarget *target = (const KpiTarget *) PG_GETARG_POINTER(0);
	GlideValue	baseline;
	GlideProgress progress;

	kpi_target_require_unit(target, interval_value, "kpi_expected",
							"baseline", NUMBER_EXPECTED, DURATION_EXPECTED);
	baseline = glide_argument(fcinfo, 1, target, true, "kpi_expected");
	progress = glide_progress(fcinfo, 2, "kpi_expected");
	if (target->unit == KPI_UNIT_DURATION)
		PG_RETURN_INTERVAL_P(kpi_micros_interval(expected_micros((int64) baseline.micros,
																 target->goal.micros,
																 progress)));
	PG_RETURN_FLOAT8(expected_number(baseline.number, target->goal.number,
									 progress));
}

/*
 * kpi_on_track(value, target, baseline, start, deadline, at): met on the
 * goal's glide path, at_risk only on the warning threshold's, else missed.
 */
static Datum
on_track_of(FunctionCallInfo fcinfo, bool interval_value)
{
	const KpiTarget *target = (const KpiTarget *) PG_GETARG_POINTER(1);
	GlideValue	value;
	GlideValue	baseline;
	GlideProgress progress;
	int			status = KPI_STATUS_MISSED;

	kpi_target_require_unit(target, interval_value, "kpi_on_track",
							"value and baseline", NUMBER_ON_TRACK,
							DURATION_ON_TRACK);
	value = glide_argument(fcinfo, 0, target, false, "kpi_on_track");
	baseline = glide_argument(fcinfo, 2, target, true, "kpi_on_track");
	progress = glide_progress(fcinfo, 3, "kpi_on_track");
	if (on_path(target, value, baseline, target->goal, progress))
		status = KPI_STATUS_MET;
	else if (target->has_warning &&
			 on_path(target, value, baseline, target->warning, progress))
		status = KPI_STATUS_AT_RISK;
	PG_RETURN_OID(kpi_status_oid(fcinfo, status));
}

/* The SQL-callable glide functions, one per value type. */
KPI_FLOAT8_AND_INTERVAL_FUNCTIONS(kpi_progress, progress_of)
KPI_FLOAT8_AND_INTERVAL_FUNCTIONS(kpi_expected, expected_of)
KPI_FLOAT8_AND_INTERVAL_FUNCTIONS(kpi_on_track, on_track_of)
