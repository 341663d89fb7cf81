/*
 * kpi.h
 *		Shared declarations of the kpi extension: the aggregate state
 *		structs, the descriptors that drive their generic text and binary
 *		I/O, the kpi_target representation, and the duration and overflow
 *		helpers every KPI family uses.
 */
#ifndef KPI_H
#define KPI_H

#include "postgres.h"

#include "common/int.h"
#include "fmgr.h"
#include "nodes/execnodes.h"
#include "utils/timestamp.h"

#ifndef HAVE_INT128
#error "kpi needs a compiler with a 128-bit integer type (HAVE_INT128)"
#endif

#define KPI_INT128_MAX ((int128) (((uint128) 1 << 127) - 1))

/*
 * Aggregate states.  Every state is a fixed-length SQL type made only of
 * integers, so it can be stored in rollup tables, shipped between nodes as
 * text and merged exactly.  Durations are sums of microseconds in int128;
 * a threshold of -1 means "not set yet" (no row has been counted).
 */

/* nps_state: answers split into promoters (9-10), passives and detractors */
typedef struct NpsState
{
	int64		promoters;
	int64		passives;
	int64		detractors;
} NpsState;

/*
 * csat_state and fcr_state: a count of favourable cases out of a total;
 * the two are distinct SQL types so the two KPIs cannot be mixed.
 */
typedef struct ShareState
{
	int64		hits;
	int64		total;
} ShareState;

/* ces_state: number of effort answers and the sum of their scores */
typedef struct CesState
{
	int64		responses;
	int64		score_sum;
} CesState;

/* aht_state: contacts handled and their summed handle time */
typedef struct AhtState
{
	int64		contacts;
	int128		handle_us;
} AhtState;

/* utilization_state: summed busy time over summed scheduled time */
typedef struct UtilizationState
{
	int128		busy_us;
	int128		scheduled_us;
} UtilizationState;

/* occupancy_state: summed handle time and summed idle (available) time */
typedef struct OccupancyState
{
	int128		handle_us;
	int128		idle_us;
} OccupancyState;

/*
 * service_level_state: answered contacts, those answered within the
 * threshold, and abandons that waited longer than the threshold.
 */
typedef struct ServiceLevelState
{
	int64		threshold_us;
	int64		answered;
	int64		answered_within;
	int64		abandoned_after;
} ServiceLevelState;

/* asa_state: answered contacts and their summed queue wait */
typedef struct AsaState
{
	int64		answered;
	int128		wait_us;
} AsaState;

/*
 * abandonment_state: offered contacts, abandons, and the short abandons
 * (wait below the short-abandon limit) that are left out of both.
 */
typedef struct AbandonmentState
{
	int64		short_abandon_us;
	int64		offered;
	int64		abandoned;
	int64		short_abandoned;
} AbandonmentState;

/*
 * kpi_target: a comparator, a goal and an optional warning threshold on the
 * worse side of the goal (target.c).  Fixed length, zeroed before filling,
 * so that equal targets have equal bytes.
 */
#define KPI_CMP_GE 0			/* >=: higher is better */
#define KPI_CMP_GT 1			/* > */
#define KPI_CMP_LE 2			/* <=: lower is better */
#define KPI_CMP_LT 3			/* < */

#define KPI_UNIT_NUMBER 0
#define KPI_UNIT_PERCENT 1		/* percent points, 80% is 80 */
#define KPI_UNIT_DURATION 2		/* microseconds */

typedef union KpiTargetValue
{
	double		number;			/* number and percent units */
	int64		micros;			/* duration unit */
} KpiTargetValue;

typedef struct KpiTarget
{
	uint8		comparator;
	uint8		unit;
	uint8		has_warning;
	uint8		reserved[5];	/* always zero */
	KpiTargetValue goal;
	KpiTargetValue warning;		/* zero without a warning threshold */
} KpiTarget;

/* Reads a duration literal into microseconds; false if it is not one. */
typedef bool (*KpiDurationParser) (const char *text, int64 *micros);

/* target_parse.c, without the server */
extern const char *kpi_target_parse(const char *text,
									KpiDurationParser parse_duration,
									KpiTarget *target);
extern const char *kpi_target_check(const KpiTarget *target);
extern int	kpi_target_value_cmp(uint8 unit, KpiTargetValue a, KpiTargetValue b);

/*
 * -0 as +0, anything else unchanged (-0 + +0 is +0): equal targets must
 * have equal bytes, for hashing.
 */
static inline double
kpi_positive_zero(double value)
{
	return value + 0.0;
}

/* Whether higher values are better under this comparator. */
static inline bool
kpi_target_higher_is_better(uint8 comparator)
{
	return comparator == KPI_CMP_GE || comparator == KPI_CMP_GT;
}

/* One integer field of a state type, as its text form names it. */
typedef struct KpiStateField
{
	const char *name;
	size_t		offset;
	bool		wide;			/* int128 rather than int64 */
	int64		min_value;		/* 0, or -1 for "unset" thresholds */
} KpiStateField;

/* What the generic I/O functions need to know about one state type. */
typedef struct KpiStateType
{
	const char *type_name;
	const char *function_name;	/* the KPI aggregate, for error messages */
	const char *threshold_argument; /* what a -1-able field stands for */
	size_t		size;
	int			nfields;
	const KpiStateField *fields;
	/* cross-field rule; returns NULL when the state is consistent */
	const char *(*check) (const void *state);
} KpiStateType;

extern const KpiStateType kpi_nps_state_type;
extern const KpiStateType kpi_csat_state_type;
extern const KpiStateType kpi_fcr_state_type;
extern const KpiStateType kpi_ces_state_type;
extern const KpiStateType kpi_aht_state_type;
extern const KpiStateType kpi_utilization_state_type;
extern const KpiStateType kpi_occupancy_state_type;
extern const KpiStateType kpi_service_level_state_type;
extern const KpiStateType kpi_asa_state_type;
extern const KpiStateType kpi_abandonment_state_type;

/* state_parse.c: descriptors, parsing and printing, without the server */
#define KPI_INT128_DIGITS 40	/* a sign and 39 digits */
extern const char *kpi_state_parse(const KpiStateType *type, const char *text,
								   void *state);
extern const char *kpi_state_store_field(const KpiStateField *field,
										 int128 value, void *state);
extern int128 kpi_state_load_field(const KpiStateField *field,
								   const void *state);
extern char *kpi_int128_format(char *out, int128 value);
extern size_t kpi_state_text_size(const KpiStateType *type);
extern void kpi_state_format_into(const KpiStateType *type, const void *state,
								  char *out);
extern bool kpi_state_is_valid(const KpiStateType *type, const void *state);

/*
 * The invariant every state value keeps, whatever produced it: fields in
 * range and the type's cross-field rule.  Input functions enforce it and
 * the arithmetic preserves it; builds with -DUSE_ASSERT_CHECKING prove it
 * after every update.
 */
#define KPI_ASSERT_STATE(type, state) Assert(kpi_state_is_valid(type, state))

/* state_io.c: the same in palloc'd memory */
extern char *kpi_state_format(const KpiStateType *type, const void *state);
extern char *kpi_int128_text(int128 value);

/* state_io.c: an inverse transition removed what a state did not hold */
extern void kpi_report_bad_removal(const KpiStateType *type,
								   const void *state,
								   const char *problem) pg_attribute_noreturn();

/*
 * After an inverse transition or a state subtraction the state must still
 * describe rows it could hold.  In a moving window frame it always does,
 * because the executor removes only what it added; a direct call that
 * removes something else is an error rather than a state whose KPI is a
 * wrong number, such as a CSAT of 200%.
 */
static inline void
kpi_check_removal(const KpiStateType *type, const void *state)
{
	const char *problem;

	if (type->check == NULL)
		return;
	problem = type->check(state);
	if (unlikely(problem != NULL))
		kpi_report_bad_removal(type, state, problem);
}

/* The end of every transition: removals checked, the invariant asserted. */
static inline void
kpi_state_updated(const KpiStateType *type, const void *state, int64 weight)
{
	if (weight < 0)
		kpi_check_removal(type, state);
	KPI_ASSERT_STATE(type, state);
}

/* state_io.c: the state an aggregate transition function may update */
extern void *kpi_state_copy(FunctionCallInfo fcinfo, size_t size);

/*
 * The state a transition or combine function may modify: its first
 * argument itself when called by an aggregate (the executor owns that
 * copy, and reusing it saves a palloc per row), otherwise a fresh copy.
 * This is AggCheckCallContext's test, inline because it runs per row.
 */
static inline void *
kpi_state_for_update(FunctionCallInfo fcinfo, size_t size)
{
	if (likely(fcinfo->context != NULL &&
			   (IsA(fcinfo->context, AggState) ||
				IsA(fcinfo->context, WindowAggState))))
		return PG_GETARG_POINTER(0);
	return kpi_state_copy(fcinfo, size);
}

/* duration.c: error for an integer argument outside its domain */
extern void kpi_report_out_of_domain(const char *function, const char *rule,
									 int64 value) pg_attribute_noreturn();

/*
 * The SQL types a score or count argument may arrive as: the integer types
 * and numeric, like avg().  Every entry point passes one as a constant to
 * its KPI's apply routine, so kpi_integer_arg's switch folds away there.
 */
typedef enum KpiIntegerArgType
{
	KPI_ARG_INT2,
	KPI_ARG_INT4,
	KPI_ARG_INT8,
	KPI_ARG_NUMERIC
} KpiIntegerArgType;

/* integer_arg.c: a numeric argument as a bigint; fractions are errors */
extern int64 kpi_numeric_whole_value(Datum value, const char *function,
									 const char *argument);

/*
 * Read a score or count argument as int64, whatever its SQL type, so that
 * the KPI checks its domain on the value itself: a bigint of 2^32 + 9 is
 * out of range, never a 9 wrapped through a cast to integer.
 */
static inline int64
kpi_integer_arg(FunctionCallInfo fcinfo, int argno, KpiIntegerArgType type,
				const char *function, const char *argument)
{
	switch (type)
	{
		case KPI_ARG_INT2:
			return PG_GETARG_INT16(argno);
		case KPI_ARG_INT4:
			return PG_GETARG_INT32(argno);
		case KPI_ARG_INT8:
			return PG_GETARG_INT64(argno);
		case KPI_ARG_NUMERIC:
			break;
	}
	return kpi_numeric_whole_value(PG_GETARG_DATUM(argno), function, argument);
}

/* duration.c: intervals as microseconds, days of 24 h, months of 30 days */
extern void kpi_report_negative_duration(const Interval *span,
										 const char *function,
										 const char *argument) pg_attribute_noreturn();
extern void kpi_report_long_threshold(const Interval *span,
									  const char *function,
									  const char *argument) pg_attribute_noreturn();
extern Interval *kpi_mean_interval(int128 total_us, int64 count,
								   const char *function);
extern double kpi_percent(int128 part, int128 whole);

/* duration.c: errors raised from the inline accumulators below */
extern void kpi_report_overflow(const char *function) pg_attribute_noreturn();
extern void kpi_report_underflow(const char *function) pg_attribute_noreturn();
extern void kpi_threshold_conflict(int64 current, int64 incoming,
								   const char *function,
								   const char *argument) pg_attribute_noreturn();

/*
 * The row helpers below run once per input row, so they are inline and keep
 * their error reporting out of line.
 */

/*
 * An interval as microseconds, the way EXTRACT(EPOCH FROM interval) counts:
 * a day is 24 hours, a month 30 days, and each whole year of months 365.25
 * days.  int128 holds any interval exactly.
 */
static inline int128
kpi_interval_total_micros(const Interval *span)
{
	return (int128) span->time
		+ (int128) span->day * USECS_PER_DAY
		+ (int128) (span->month / MONTHS_PER_YEAR) * SECS_PER_YEAR * USECS_PER_SEC
		+ (int128) (span->month % MONTHS_PER_YEAR) * DAYS_PER_MONTH * USECS_PER_DAY;
}

/* Convert a duration argument to microseconds; negative ones are errors. */
static inline int128
kpi_interval_micros(const Interval *span, const char *function,
					const char *argument)
{
	int128		micros = kpi_interval_total_micros(span);

	if (unlikely(micros < 0))
		kpi_report_negative_duration(span, function, argument);
	return micros;
}

/* Convert a threshold argument to microseconds, which must fit in int64. */
static inline int64
kpi_threshold_micros(const Interval *span, const char *function,
					 const char *argument)
{
	int128		micros = kpi_interval_micros(span, function, argument);

	if (unlikely(micros > PG_INT64_MAX))
		kpi_report_long_threshold(span, function, argument);
	return (int64) micros;
}

/*
 * Fold a row's or a state's threshold into a state's: the first one sets
 * it, -1 (an empty state) matches anything, any other difference is an
 * error because the KPI would mix two definitions.
 */
static inline void
kpi_threshold_merge(int64 *current, int64 incoming, const char *function,
					const char *argument)
{
	if (likely(incoming == *current) || incoming == -1)
		return;
	if (*current != -1)
		kpi_threshold_conflict(*current, incoming, function, argument);
	*current = incoming;
}

/* Add a signed amount to a counter; a wrap or a negative count is an error. */
static inline void
kpi_count_add(int64 *counter, int64 amount, const char *function)
{
	if (unlikely(pg_add_s64_overflow(*counter, amount, counter)))
		kpi_report_overflow(function);
	if (unlikely(*counter < 0))
		kpi_report_underflow(function);
}

/* Add a signed amount of microseconds to a sum, with the same rules. */
static inline void
kpi_micros_add(int128 *sum, int128 amount, const char *function)
{
	if (unlikely(__builtin_add_overflow(*sum, amount, sum)))
		kpi_report_overflow(function);
	if (unlikely(*sum < 0))
		kpi_report_underflow(function);
}

#endif							/* KPI_H */
