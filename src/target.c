/*
 * target.c
 *		The kpi_target type ("NPS above 30", "queue under 1 minute", "at
 *		most 5%") and the functions that evaluate a KPI value against it.
 *
 * A target is a comparator, a goal and an optional warning threshold on
 * the worse side of the goal.  The comparator gives the direction: > and
 * >= mean higher is better, < and <= lower is better.  Goals are plain
 * numbers, percents (compared with the 0..100 numbers the rate aggregates
 * return) or durations (microseconds, days of 24 h and months of 30 days).
 *
 * The text parser is in target_parse.c; this file holds the SQL-callable
 * functions and hands the parser PostgreSQL's interval input for durations.
 */
#include "kpi.h"

#include <float.h>
#include <math.h>

#include "access/hash.h"
#include "catalog/pg_enum.h"
#include "common/shortest_dec.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#define HINT_VALID_TARGETS \
	"Valid targets look like \"> 7\", \"<= 5%\", \"< 6 min warn 8 min\" or \">= 80% warn 70%\"."

static const char *const comparator_text[] = {">=", ">", "<=", "<"};
static const char *const unit_text[] = {"number", "percent", "duration"};

#ifdef USE_ASSERT_CHECKING
/*
 * The invariant of a stored target: what kpi_target_check accepts, plus the
 * canonical bytes (zero padding, no negative zero) that hashing relies on.
 */
static bool
target_is_canonical(const KpiTarget *target)
{
	for (size_t i = 0; i < lengthof(target->reserved); i++)
	{
		if (target->reserved[i] != 0)
			return false;
	}
	if (target->unit != KPI_UNIT_DURATION &&
		((target->goal.number == 0 && signbit(target->goal.number)) ||
		 (target->warning.number == 0 && signbit(target->warning.number))))
		return false;
	return kpi_target_check(target) == NULL;
}
#endif

/*
 * A kpi_target argument.  Only the input and receive functions create
 * targets and both validate them; assert-enabled builds check that every
 * target reaching a function still holds the invariant.
 */
static inline KpiTarget *
target_arg(FunctionCallInfo fcinfo, int argno)
{
	KpiTarget  *target = (KpiTarget *) PG_GETARG_POINTER(argno);

	Assert(target_is_canonical(target));
	return target;
}

/* Append a duration in the readable form interval input reads back. */
static void
append_duration(StringInfo out, int64 micros)
{
	int64		whole_days = micros / USECS_PER_DAY;
	int64		hours = micros % USECS_PER_DAY / USECS_PER_HOUR;
	int64		minutes = micros % USECS_PER_HOUR / USECS_PER_MINUTE;
	int64		seconds = micros % USECS_PER_MINUTE / USECS_PER_SEC;
	int64		fraction = micros % USECS_PER_SEC;
	int			before = out->len;

	if (whole_days > 0)
		appendStringInfo(out, "%lld %s", (long long) whole_days,
						 whole_days == 1 ? "day" : "days");
	if (hours > 0)
		appendStringInfo(out, "%s%lld %s", out->len > before ? " " : "",
						 (long long) hours, hours == 1 ? "hour" : "hours");
	if (minutes > 0)
		appendStringInfo(out, "%s%lld min", out->len > before ? " " : "",
						 (long long) minutes);
	if (seconds > 0 || fraction > 0 || out->len == before)
	{
		appendStringInfo(out, "%s%lld", out->len > before ? " " : "",
						 (long long) seconds);
		if (fraction > 0)
		{
			char		digits[8];
			int			last;

			snprintf(digits, sizeof(digits), "%06lld", (long long) fraction);
			for (last = 5; digits[last] == '0'; last--)
				digits[last] = '\0';
			appendStringInfo(out, ".%s", digits);
		}
		appendStringInfoString(out, " s");
	}
}

/* Append one goal or threshold in its canonical text form. */
static void
append_value(StringInfo out, uint8 unit, KpiTargetValue value)
{
	char		digits[DOUBLE_SHORTEST_DECIMAL_LEN];

	if (unit == KPI_UNIT_DURATION)
	{
		append_duration(out, value.micros);
		return;
	}
	/* shortest text that reads back as the same double */
	double_to_shortest_decimal_buf(value.number, digits);
	appendStringInfoString(out, digits);
	if (unit == KPI_UNIT_PERCENT)
		appendStringInfoChar(out, '%');
}

/*
 * The canonical text form: "<comparator> <goal>[ warn <warning>]"; extern
 * for the error details of glide.c.
 */
char *
kpi_target_text(const KpiTarget *target)
{
	StringInfoData out;

	initStringInfo(&out);
	appendStringInfo(&out, "%s ", comparator_text[target->comparator]);
	append_value(&out, target->unit, target->goal);
	if (target->has_warning)
	{
		appendStringInfoString(&out, " warn ");
		append_value(&out, target->unit, target->warning);
	}
	return out.data;
}

/*
 * The server's duration reader for the parser: PostgreSQL's interval input
 * (which knows "6 min", "8 hours", "20s", "00:01:00", ISO 8601...), without
 * its ereport so that the caller words the error.  Like interval input it
 * takes text of any length; only the decoded fields must fit its buffer.
 */
static bool
server_duration(const char *text, size_t length, int64 *micros)
{
	char		workbuf[256];
	char	   *field[MAXDATEFIELDS];
	int			ftype[MAXDATEFIELDS];
	int			nfields;
	int			dtype;
	struct pg_itm_in itm;
	Interval	span;
	int			error;
	char	   *copy = pnstrdup(text, length);
	int128		total;

	error = ParseDateTime(copy, workbuf, sizeof(workbuf), field, ftype,
						  MAXDATEFIELDS, &nfields);
	if (error == 0)
		error = DecodeInterval(field, ftype, nfields, INTERVAL_FULL_RANGE,
							   &dtype, &itm);
	if (error == DTERR_BAD_FORMAT)
		error = DecodeISO8601Interval(copy, &dtype, &itm);
	pfree(copy);
	if (error != 0 || dtype != DTK_DELTA || itmin2interval(&itm, &span) != 0)
		return false;
	total = kpi_interval_total_micros(&span);
	if (total > PG_INT64_MAX || total < PG_INT64_MIN)
		return false;
	*micros = (int64) total;
	return true;
}

PG_FUNCTION_INFO_V1(kpi_target_in);
/* Text input of kpi_target. */
Datum
kpi_target_in(PG_FUNCTION_ARGS)
{
	char	   *input = PG_GETARG_CSTRING(0);
	KpiTarget  *target = palloc(sizeof(KpiTarget));
	KpiTargetMistake mistake;
	const char *problem = kpi_target_parse(input, server_duration, target,
										   &mistake);

	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type kpi_target: \"%s\"",
						input),
				 mistake.at != NULL ?
				 errdetail("%s; at \"%.*s\".", problem, mistake.at_length,
						   mistake.at) :
				 errdetail("%s.", problem),
				 errhint("%s", mistake.hint != NULL ? mistake.hint :
						 HINT_VALID_TARGETS)));
	Assert(target_is_canonical(target));
	PG_RETURN_POINTER(target);
}

PG_FUNCTION_INFO_V1(kpi_target_out);
/* Text output of kpi_target, in the canonical form. */
Datum
kpi_target_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(kpi_target_text(target_arg(fcinfo, 0)));
}

PG_FUNCTION_INFO_V1(kpi_target_recv);
/*
 * Binary input: comparator, unit and warning flag bytes, then goal and
 * warning as 8 bytes each (float8, or int8 microseconds for durations).
 */
Datum
kpi_target_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	KpiTarget  *target = palloc0(sizeof(KpiTarget));
	const char *problem;

	target->comparator = pq_getmsgbyte(buf);
	target->unit = pq_getmsgbyte(buf);
	target->has_warning = pq_getmsgbyte(buf);
	if (target->unit == KPI_UNIT_DURATION)
	{
		target->goal.micros = pq_getmsgint64(buf);
		target->warning.micros = pq_getmsgint64(buf);
	}
	else
	{
		target->goal.number = pq_getmsgfloat8(buf);
		target->warning.number = pq_getmsgfloat8(buf);
		target->goal.number = kpi_positive_zero(target->goal.number);
		target->warning.number = kpi_positive_zero(target->warning.number);
	}
	problem = kpi_target_check(target);
	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type kpi_target"),
				 errdetail("%s.", problem)));
	Assert(target_is_canonical(target));
	PG_RETURN_POINTER(target);
}

PG_FUNCTION_INFO_V1(kpi_target_send);
/* Binary output, the mirror of kpi_target_recv, in network byte order. */
Datum
kpi_target_send(PG_FUNCTION_ARGS)
{
	const KpiTarget *target = target_arg(fcinfo, 0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, target->comparator);
	pq_sendbyte(&buf, target->unit);
	pq_sendbyte(&buf, target->has_warning);
	if (target->unit == KPI_UNIT_DURATION)
	{
		pq_sendint64(&buf, target->goal.micros);
		pq_sendint64(&buf, target->warning.micros);
	}
	else
	{
		pq_sendfloat8(&buf, target->goal.number);
		pq_sendfloat8(&buf, target->warning.number);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * Total order of targets for btree: unit, comparator, goal, then targets
 * without a warning before those with one, then the warning.
 */
static int
target_cmp(const KpiTarget *a, const KpiTarget *b)
{
	int			order;

	if (a->unit != b->unit)
		return a->unit < b->unit ? -1 : 1;
	if (a->comparator != b->comparator)
		return a->comparator < b->comparator ? -1 : 1;
	if ((order = kpi_target_value_cmp(a->unit, a->goal, b->goal)) != 0)
		return order;
	if (a->has_warning != b->has_warning)
		return a->has_warning < b->has_warning ? -1 : 1;
	return kpi_target_value_cmp(a->unit, a->warning, b->warning);
}

PG_FUNCTION_INFO_V1(kpi_target_cmp);
/* btree support function of kpi_target. */
Datum
kpi_target_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(target_cmp(target_arg(fcinfo, 0),
							   target_arg(fcinfo, 1)));
}

/* The comparison operators of kpi_target, all through target_cmp. */
#define TARGET_OPERATOR(name, test) \
	PG_FUNCTION_INFO_V1(name); \
	Datum name(PG_FUNCTION_ARGS) \
	{ \
		int			order = target_cmp(target_arg(fcinfo, 0), \
									   target_arg(fcinfo, 1)); \
		PG_RETURN_BOOL(test); \
	}

TARGET_OPERATOR(kpi_target_eq, order == 0)
TARGET_OPERATOR(kpi_target_ne, order != 0)
TARGET_OPERATOR(kpi_target_lt, order < 0)
TARGET_OPERATOR(kpi_target_le, order <= 0)
TARGET_OPERATOR(kpi_target_gt, order > 0)
TARGET_OPERATOR(kpi_target_ge, order >= 0)

PG_FUNCTION_INFO_V1(kpi_target_hash);
/*
 * Hash support function.  Equal targets have identical bytes: the struct
 * is zeroed before filling, an absent warning is zero, and -0 is stored
 * as 0, so hashing the bytes agrees with equality.
 */
Datum
kpi_target_hash(PG_FUNCTION_ARGS)
{
	return hash_any((unsigned char *) target_arg(fcinfo, 0), sizeof(KpiTarget));
}

PG_FUNCTION_INFO_V1(kpi_target_hash_extended);
/*
 * Extended (64-bit, seeded) hash support function, which hash partitioning
 * needs; with seed 0 its low 32 bits equal kpi_target_hash.
 */
Datum
kpi_target_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_any_extended((unsigned char *) target_arg(fcinfo, 0),
							 sizeof(KpiTarget), PG_GETARG_INT64(1));
}

/* A goal or threshold as double precision; durations in seconds. */
static double
value_as_double(uint8 unit, KpiTargetValue value)
{
	if (unit == KPI_UNIT_DURATION)
		return (double) value.micros / USECS_PER_SEC;
	return value.number;
}

PG_FUNCTION_INFO_V1(kpi_goal);
/* kpi_goal(target): the goal, durations in seconds. */
Datum
kpi_goal(PG_FUNCTION_ARGS)
{
	KpiTarget  *target = target_arg(fcinfo, 0);

	PG_RETURN_FLOAT8(value_as_double(target->unit, target->goal));
}

PG_FUNCTION_INFO_V1(kpi_warning);
/* kpi_warning(target): the warning threshold, or NULL without one. */
Datum
kpi_warning(PG_FUNCTION_ARGS)
{
	KpiTarget  *target = target_arg(fcinfo, 0);

	if (!target->has_warning)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(value_as_double(target->unit, target->warning));
}

PG_FUNCTION_INFO_V1(kpi_direction);
/* kpi_direction(target): 'higher' or 'lower', what is better. */
Datum
kpi_direction(PG_FUNCTION_ARGS)
{
	const KpiTarget *target = target_arg(fcinfo, 0);

	PG_RETURN_TEXT_P(cstring_to_text(kpi_target_higher_is_better(target->comparator) ?
									 "higher" : "lower"));
}

PG_FUNCTION_INFO_V1(kpi_unit);
/* kpi_unit(target): 'number', 'percent' or 'duration'. */
Datum
kpi_unit(PG_FUNCTION_ARGS)
{
	const KpiTarget *target = target_arg(fcinfo, 0);

	PG_RETURN_TEXT_P(cstring_to_text(unit_text[target->unit]));
}

/*
 * The value of an evaluation call.  Durations are kept as exact integer
 * microseconds: as doubles, values beyond 2^53 microseconds (285 years)
 * would compare equal to goals they differ from.
 */
typedef struct EvaluatedValue
{
	int128		micros;			/* duration targets */
	double		number;			/* number and percent targets */
} EvaluatedValue;

/*
 * Refuse an overload whose value type does not fit the target's unit
 * (durations need intervals, numbers and percents double precision);
 * what names the arguments at fault, the argument lists the overloads'
 * for the hint.  Extern: glide.c refuses its overloads the same way.
 */
void
kpi_target_require_unit(const KpiTarget *target, bool interval_value,
						const char *function, const char *what,
						const char *number_arguments,
						const char *duration_arguments)
{
	if (likely(interval_value == (target->unit == KPI_UNIT_DURATION)))
		return;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: a %s target needs %s %s", function,
					unit_text[target->unit],
					interval_value ? "a double precision" : "an interval",
					what),
			 errdetail("The target is \"%s\".", kpi_target_text(target)),
			 errhint(interval_value ?
					 "Call %s(%s), e.g. with nps(...) or a rate." :
					 "Call %s(%s), e.g. with avg_handle_time(...) or an interval cast.",
					 function,
					 interval_value ? number_arguments : duration_arguments)));
}

/*
 * Read the value of an evaluation call after checking that the overload
 * fits the target: durations need an interval value, numbers and percents
 * a double precision.
 */
static EvaluatedValue
evaluated_value(FunctionCallInfo fcinfo, const char *function,
				const KpiTarget *target, bool interval_value)
{
	EvaluatedValue value = {0, 0.0};

	kpi_target_require_unit(target, interval_value, function, "value",
							"double precision, kpi_target",
							"interval, kpi_target");
	if (interval_value)
	{
		value.micros = kpi_interval_arg_micros(PG_GETARG_INTERVAL_P(0),
												 function, "the value");
		return value;
	}
	value.number = PG_GETARG_FLOAT8(0);
	/* NaN is neither met nor missed: no status or gap would be true */
	if (unlikely(isnan(value.number)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: the value must be a number, not NaN", function),
				 errdetail("The target is \"%s\".", kpi_target_text(target))));
	return value;
}

/* Order of a value against a goal or warning threshold: <0, 0 or >0. */
static inline int
value_order(const KpiTarget *target, EvaluatedValue value,
			KpiTargetValue threshold)
{
	if (target->unit == KPI_UNIT_DURATION)
		return (value.micros > threshold.micros) -
			(value.micros < threshold.micros);
	return (value.number > threshold.number) -
		(value.number < threshold.number);
}

/* A value as double precision, durations in microseconds. */
static inline double
value_as_number(const KpiTarget *target, EvaluatedValue value)
{
	return target->unit == KPI_UNIT_DURATION ?
		(double) value.micros : value.number;
}

/* The OID of a kpi_status label, cached per call site; glide.c shares it. */
Oid
kpi_status_oid(FunctionCallInfo fcinfo, int status)
{
	static const char *const labels[] = {"missed", "at_risk", "met"};
	Oid		   *oids = fcinfo->flinfo->fn_extra;

	if (oids == NULL)
	{
		Oid			type = get_fn_expr_rettype(fcinfo->flinfo);

		oids = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, 3 * sizeof(Oid));
		for (int i = 0; i < 3; i++)
		{
			oids[i] = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
									  ObjectIdGetDatum(type),
									  CStringGetDatum(labels[i]));
			if (!OidIsValid(oids[i]))
				elog(ERROR, "kpi_status label \"%s\" not found", labels[i]);
		}
		fcinfo->flinfo->fn_extra = oids;
	}
	return oids[status];
}

/* met (2), at_risk (1) or missed (0) for a value against a target. */
static int
target_status(const KpiTarget *target, EvaluatedValue value)
{
	if (kpi_target_satisfies(target->comparator, value_order(target, value, target->goal)))
		return 2;
	if (target->has_warning &&
		kpi_target_satisfies(target->comparator,
				  value_order(target, value, target->warning)))
		return 1;
	return 0;
}

/* kpi_status(value, target) for either overload. */
static Datum
status_of(FunctionCallInfo fcinfo, bool interval_value)
{
	const KpiTarget *target = target_arg(fcinfo, 1);
	EvaluatedValue value = evaluated_value(fcinfo, "kpi_status", target,
										   interval_value);

	PG_RETURN_OID(kpi_status_oid(fcinfo, target_status(target, value)));
}

/* kpi_met(value, target) for either overload. */
static Datum
met_of(FunctionCallInfo fcinfo, bool interval_value)
{
	const KpiTarget *target = target_arg(fcinfo, 1);
	EvaluatedValue value = evaluated_value(fcinfo, "kpi_met", target,
										   interval_value);

	PG_RETURN_BOOL(target_status(target, value) == 2);
}

/*
 * 100 * part / whole, multiplied first so that whole-number percents stay
 * exact (100 * 25 / 30 is 83.33333333333333, not ...334); divided first
 * only where multiplying first would overflow.  That is decided from part
 * itself, not by testing the product for infinity: GCC 14 at -O1 and above
 * (Debian trixie's compiler for PostgreSQL 17) folds isinf(100 * part) to
 * isinf(part) here, and 100 * DBL_MAX / 117 came out infinite.  The test
 * is exact: 100 * x overflows just for |x| above the double nearest
 * DBL_MAX / 100.
 */
static inline double
percent_of(double part, double whole)
{
	if (unlikely(isfinite(part) && fabs(part) > DBL_MAX / 100.0))
		return 100.0 * (part / whole);
	return 100.0 * part / whole;
}

/*
 * 200 - 100 * value / goal for a negative goal, computed as
 * 100 * (2 goal - value) / goal: subtracting from 200 after dividing
 * cancels digits when the result is near 0 (-89.3 against "> -43" came out
 * -7.6744186046511516 instead of -7.674418604651156).  2 goal is exact.
 * Where 2 goal - value overflows (infinities included), the value is far
 * above the goal, 100 * value / goal is a large negative number and
 * subtracting it from 200 cancels nothing.
 */
static inline double
negative_goal_percent(double value, double goal)
{
	double		numerator = 2.0 * goal - value;

	if (likely(isfinite(numerator)))
		return percent_of(numerator, goal);
	return 200.0 - percent_of(value, goal);
}

/*
 * kpi_attainment(value, target): percent of the goal achieved.  It is 100
 * on the goal, grows as the value gets better in the target's direction,
 * and is at least 100 (above 100 for > and <) exactly when the goal is met:
 *
 *	higher is better, goal > 0:	100 * value / goal
 *	higher is better, goal < 0:	200 - 100 * value / goal
 *	lower is better, goal > 0:	100 * goal / value	(value > 0)
 *	lower is better, goal < 0:	100 * value / goal
 *
 * For positive goals these are the usual ratios; for negative goals (an
 * NPS target of "> -10") a plain ratio would run backwards, so the
 * formulas measure the distance from the goal in units of |goal|, which
 * meets the positive-goal formula of the same direction at the goal.  No
 * percent exists for a zero goal (there is no scale) or, when lower is
 * better, for a value of zero or below with a positive goal (goal / value
 * has no finite limit there): NULL.
 */
static Datum
attainment_of(FunctionCallInfo fcinfo, bool interval_value)
{
	KpiTarget  *target = target_arg(fcinfo, 1);
	EvaluatedValue evaluated = evaluated_value(fcinfo, "kpi_attainment",
											   target, interval_value);
	double		value = value_as_number(target, evaluated);
	double		goal = target->unit == KPI_UNIT_DURATION ?
		(double) target->goal.micros : target->goal.number;
	bool		higher = kpi_target_higher_is_better(target->comparator);
	bool		strict = target->comparator == KPI_CMP_GT ||
		target->comparator == KPI_CMP_LT;
	bool		met = target_status(target, evaluated) == 2;
	double		attainment;

	if (goal == 0 || (!higher && goal > 0 && value <= 0))
		PG_RETURN_NULL();
	if (target->unit == KPI_UNIT_DURATION)
	{
		/*
		 * From the exact microseconds, correctly rounded: as doubles, values
		 * beyond 2^53 would be rounded before dividing.  Goals are >= 0.
		 */
		attainment = higher ?
			kpi_percent(evaluated.micros, target->goal.micros) :
			kpi_percent(target->goal.micros, evaluated.micros);
	}
	else if (higher && goal < 0)
		attainment = negative_goal_percent(value, goal);
	else if (higher)
		attainment = percent_of(value, goal);
	else
		attainment = goal > 0 ? percent_of(goal, value) :
			percent_of(value, goal);
	if (unlikely(isinf(attainment) && !isinf(value)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("kpi_attainment: the percent of the goal is out of range for double precision"),
				 errdetail("Value %s, target \"%s\".",
						   DatumGetCString(DirectFunctionCall1(float8out,
															   Float8GetDatum(value))),
						   kpi_target_text(target))));

	/*
	 * Rounding can put a value within one unit in the last place of the goal
	 * on the wrong side of 100, and durations beyond 2^53 microseconds are
	 * rounded to double before dividing; the exact comparison decides, and
	 * the result moves to the nearest double on the side it names.
	 */
	if (value_order(target, evaluated, target->goal) == 0)
		attainment = 100.0;		/* on the goal exactly, whatever the rounding */
	else if (met && (strict ? attainment <= 100 : attainment < 100))
		attainment = strict ? nextafter(100.0, INFINITY) : 100.0;
	else if (!met && (strict ? attainment > 100 : attainment >= 100))
		attainment = strict ? 100.0 : nextafter(100.0, 0.0);
	/* 100 * 0 / -10 is -0, which float8 output would print as "-0" */
	PG_RETURN_FLOAT8(kpi_positive_zero(attainment));
}

/* The SQL-callable evaluation functions, one per value type. */
KPI_FLOAT8_AND_INTERVAL_FUNCTIONS(kpi_status, status_of)
KPI_FLOAT8_AND_INTERVAL_FUNCTIONS(kpi_met, met_of)
KPI_FLOAT8_AND_INTERVAL_FUNCTIONS(kpi_attainment, attainment_of)

PG_FUNCTION_INFO_V1(kpi_gap_float8);
/*
 * kpi_gap(double precision, target): value minus goal.  Like PostgreSQL's
 * own float8 subtraction, an infinite value gives an infinite gap and only
 * a finite value whose gap overflows is an error.
 */
Datum
kpi_gap_float8(PG_FUNCTION_ARGS)
{
	KpiTarget  *target = target_arg(fcinfo, 1);
	double		value = evaluated_value(fcinfo, "kpi_gap", target, false).number;
	double		gap = value - target->goal.number;

	if (isinf(gap) && !isinf(value))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("kpi_gap: value minus goal is out of range for double precision"),
				 errdetail("Value %g, goal %g.", value, target->goal.number)));
	PG_RETURN_FLOAT8(gap);
}

PG_FUNCTION_INFO_V1(kpi_gap_interval);
/* kpi_gap(interval, target): value minus goal, in the time field. */
Datum
kpi_gap_interval(PG_FUNCTION_ARGS)
{
	KpiTarget  *target = target_arg(fcinfo, 1);
	int128		gap;

	gap = evaluated_value(fcinfo, "kpi_gap", target, true).micros -
		target->goal.micros;
	if (gap > PG_INT64_MAX || gap < PG_INT64_MIN)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("kpi_gap: value minus goal is out of range for type interval"),
				 errdetail("The target is \"%s\".", kpi_target_text(target))));
	PG_RETURN_INTERVAL_P(kpi_micros_interval((int64) gap));
}

PG_FUNCTION_INFO_V1(kpi_target_for_state);
/*
 * kpi_target_for_state(target, function, kpi, unit): the target itself
 * when its unit is the unit of the KPI whose state the function evaluates
 * ('number', 'percent' or 'duration'), else error 22023.  A state knows its
 * KPI's unit, so a percent KPI against a plain-number target such as
 * '> 8', which would compare as numbers and be met for every percent
 * above 8, is refused instead of silently met.
 */
Datum
kpi_target_for_state(PG_FUNCTION_ARGS)
{
	const KpiTarget *target = target_arg(fcinfo, 0);
	char	   *function = text_to_cstring(PG_GETARG_TEXT_PP(1));
	char	   *kpi = text_to_cstring(PG_GETARG_TEXT_PP(2));
	char	   *unit_name = text_to_cstring(PG_GETARG_TEXT_PP(3));
	int			unit = -1;

	for (int i = 0; i < (int) lengthof(unit_text); i++)
		if (strcmp(unit_name, unit_text[i]) == 0)
			unit = i;
	if (unit < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: unknown unit of a KPI", function),
				 errdetail("Got \"%s\" for %s.", unit_name, kpi),
				 errhint("The units are number, percent and duration.")));
	if (target->unit != unit)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: a state of %s needs a %s target, not a %s target",
						function, kpi, unit_text[unit],
						unit_text[target->unit]),
				 errdetail("The target is \"%s\"; %s is %s.",
						   kpi_target_text(target), kpi,
						   unit == KPI_UNIT_PERCENT ? "a percent, 0 to 100" :
						   unit == KPI_UNIT_DURATION ? "a duration" :
						   strcmp(kpi, "nps") == 0 ? "in points, -100 to 100" :
						   "a mean rating on its scale"),
				 errhint("%s",
						 unit == KPI_UNIT_PERCENT ?
						 "Write the goal with %, such as '>= 80%'; for a mean score on a scale such as 1..10, use rating(score, low, high) and its state." :
						 unit == KPI_UNIT_DURATION ?
						 "Write the goal as a duration, such as '< 6 min'." :
						 "Write the goal as a plain number without %, such as '> 30' or '>= 8'.")));
	PG_RETURN_POINTER(PG_GETARG_POINTER(0));
}
