/*
 * kpi.h
 *		Shared declarations of the kpi extension: the aggregate state
 *		structs, the descriptors that drive their generic text and binary
 *		I/O, the kpi_target representation, the duration and overflow
 *		helpers every KPI family uses, and the errors they raise.
 */
#ifndef KPI_H
#define KPI_H

#include "postgres.h"

#include "common/int.h"
#include "fmgr.h"
#include "nodes/execnodes.h"
#include "utils/timestamp.h"

/*
 * The release version (META.json's "version"; the PGXN suite checks that
 * the two agree), which PostgreSQL 18 shows for the loaded module.
 */
#define KPI_RELEASE_VERSION "1.1.0"

#include "compat.h"

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

/*
 * ces_state: number of effort answers, the sum of their scores and the sum
 * of their squared scores (the spread, for confidence intervals).
 */
typedef struct CesState
{
	int64		responses;
	int64		score_sum;
	int64		score_squares;
} CesState;

/*
 * rating_state (kpi 1.1): mean ratings on a bounded scale low..high.
 * Values are integers in units of 10^-decimals: a score of 7.5 on the
 * scale 0..10 is 75 with decimals 1, and the scale is 0..100.  decimals
 * is the most any row or the scale needed (trailing zeros do not count,
 * at most KPI_RATING_MAX_DECIMALS); a state that meets a value with more
 * is rescaled, exactly.  The sums are of score - low, so they are never
 * negative.  The unset scale low = high = 0 (no row counted yet) matches
 * any other; every set one has low < high.
 */
#define KPI_RATING_MAX_DECIMALS 6

typedef struct RatingState
{
	int64		low;			/* the scale, in units */
	int64		high;
	int64		decimals;		/* 0..KPI_RATING_MAX_DECIMALS */
	int64		responses;
	int128		offset_sum;		/* sum of score - low, in units */
	int128		offset_squares; /* sum of (score - low)^2 */
} RatingState;

/* Whether a rating state has no scale yet. */
static inline bool
kpi_rating_unset(const RatingState *state)
{
	return state->low == 0 && state->high == 0;
}

/*
 * aht_state: contacts handled, their summed handle time and the sum of the
 * squared handle times (square microseconds, for confidence intervals).
 */
typedef struct AhtState
{
	int64		contacts;
	int128		handle_us;
	int128		handle_us_squares;
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
 * shrinkage_state: summed unavailable time (sick leave, training, breaks)
 * and summed paid time.  Rows may carry either alone (an absence table
 * joined to a payroll table), so neither bounds the other.
 */
typedef struct ShrinkageState
{
	int128		unavailable_us;
	int128		paid_us;
} ShrinkageState;

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

/* asa_state: answered contacts, their summed wait and summed squared waits */
typedef struct AsaState
{
	int64		answered;
	int128		wait_us;
	int128		wait_us_squares;
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
 * A churn period: the first instant in it and the first instant after it,
 * in microseconds since 1970-01-01 00:00 UTC (a date period's bounds are
 * that date's midnight UTC).  The empty period [0, 0) means "not set yet".
 */
typedef struct KpiPeriod
{
	int64		from_us;
	int64		until_us;
} KpiPeriod;

/*
 * churn_state: the period, the customers active at its start (base), those
 * of them who were gone by its end (churned), and the customers who started
 * inside it (new, in neither count).
 */
typedef struct ChurnState
{
	KpiPeriod	period;
	int64		base;
	int64		churned;
	int64		new_customers;
} ChurnState;

/*
 * The min_value of a period's lower bound field in a state descriptor, the
 * mark by which state_add merges it with the upper bound field that
 * follows it as one parameter instead of summing them.
 */
#define KPI_PERIOD_BOUND_MIN PG_INT64_MIN

/* Microseconds from 1970-01-01, the state's epoch, to PostgreSQL's 2000-01-01. */
#define KPI_UNIX_EPOCH_SHIFT_US \
	((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * USECS_PER_DAY)

/*
 * The earliest instant a timestamptz or a date holds (4714-11-24 BC), in
 * microseconds since 1970: no period starts before it.
 */
#define KPI_PERIOD_MIN_US (MIN_TIMESTAMP + KPI_UNIX_EPOCH_SHIFT_US)

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

/*
 * Reads the duration literal of length bytes at text (not terminated) into
 * microseconds; false if it is not one.
 */
typedef bool (*KpiDurationParser) (const char *text, size_t length,
								   int64 *micros);

/*
 * What kpi_target_parse adds to the rule a literal broke: the part of the
 * text at fault and advice for that mistake (each NULL when the rule says
 * enough).
 */
typedef struct KpiTargetMistake
{
	const char *at;				/* in the literal, not terminated */
	int			at_length;
	const char *hint;
} KpiTargetMistake;

/* target_parse.c, without the server */
extern const char *kpi_target_parse(const char *text,
									KpiDurationParser parse_duration,
									KpiTarget *target,
									KpiTargetMistake *mistake);
extern const char *kpi_target_check(const KpiTarget *target);
extern int	kpi_target_value_cmp(uint8 unit, KpiTargetValue a, KpiTargetValue b);

/* Whether c is an ASCII letter, whatever the locale (the text parsers). */
static inline bool
kpi_is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether c is an ASCII digit. */
static inline bool
kpi_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * -0 as +0, anything else unchanged (-0 + +0 is +0): equal targets must
 * have equal bytes, for hashing.
 */
static inline double
kpi_positive_zero(double value)
{
	return value + 0.0;
}

/*
 * name_float8 and name_interval, the SQL-callable overloads of a target
 * function for double precision and for interval values: implementation
 * (fcinfo, interval_value) does the work of both.
 */
#define KPI_FLOAT8_AND_INTERVAL_FUNCTIONS(name, implementation) \
	PG_FUNCTION_INFO_V1(name##_float8); \
	Datum name##_float8(PG_FUNCTION_ARGS) \
	{ return implementation(fcinfo, false); } \
	PG_FUNCTION_INFO_V1(name##_interval); \
	Datum name##_interval(PG_FUNCTION_ARGS) \
	{ return implementation(fcinfo, true); }

/* Whether higher values are better under this comparator. */
static inline bool
kpi_target_higher_is_better(uint8 comparator)
{
	return comparator == KPI_CMP_GE || comparator == KPI_CMP_GT;
}

/*
 * Whether "value <comparator> threshold" holds, given the order of value
 * against the threshold (<0, 0, >0), so that numbers and durations are each
 * compared in their own exact arithmetic.
 */
static inline bool
kpi_target_satisfies(uint8 comparator, int order)
{
	switch (comparator)
	{
		case KPI_CMP_GE:
			return order >= 0;
		case KPI_CMP_GT:
			return order > 0;
		case KPI_CMP_LE:
			return order <= 0;
		default:
			return order < 0;
	}
}

/* The kpi_status labels, as kpi_status_oid numbers them (worst first). */
#define KPI_STATUS_MISSED 0
#define KPI_STATUS_AT_RISK 1
#define KPI_STATUS_MET 2

/* target.c: what glide.c shares of the evaluation functions */
extern char *kpi_target_text(const KpiTarget *target);
extern Oid	kpi_status_oid(FunctionCallInfo fcinfo, int status);
extern void kpi_target_require_unit(const KpiTarget *target,
									bool interval_value, const char *function,
									const char *what,
									const char *number_arguments,
									const char *duration_arguments);

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
extern const KpiStateType kpi_shrinkage_state_type;
extern const KpiStateType kpi_churn_state_type;
extern const KpiStateType kpi_rating_state_type;

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
extern const char *kpi_squares_check(int64 count, int128 sum, int128 squares);
extern double kpi_squared_deviations(int64 count, int128 sum, int128 squares);
extern int	kpi_mean_cmp(int64 count_a, int128 sum_a, int64 count_b,
						 int128 sum_b);

/*
 * The invariant every state value keeps, whatever produced it: fields in
 * range and the type's cross-field rule.  Input functions enforce it and
 * the arithmetic preserves it; builds with -DUSE_ASSERT_CHECKING prove it
 * after every update.
 */
#define KPI_ASSERT_STATE(type, state) Assert(kpi_state_is_valid(type, state))

/*
 * report.c: the errors that every KPI family raises, in one file beneath
 * them all.  The inline helpers below call them out of line, which keeps
 * the per-row code small; report.c needs only this header, state_parse.c's
 * printers and the server, so a family that uses a helper depends on no
 * other family.
 */
/* values as text in palloc'd memory, for these errors and the families' */
extern char *kpi_int128_text(int128 value);
extern char *kpi_state_format(const KpiStateType *type, const void *state);
extern char *kpi_instant_text(int64 value, bool dates);
extern char *kpi_interval_text(const Interval *span);
extern char *kpi_micros_text(int64 micros);
extern char *kpi_period_text(const KpiPeriod *period);
/* an inverse transition removed what a state did not hold */
pg_noreturn extern void kpi_report_bad_removal(const KpiStateType *type,
											   const void *state,
											   const char *problem);
/* an integer argument outside its domain */
pg_noreturn extern void kpi_report_out_of_domain(const char *function, const char *rule,
												 int64 value);
/* a duration argument that is negative, infinite or, as a threshold, too long */
pg_noreturn extern void kpi_report_negative_duration(const Interval *span,
													 const char *function,
													 const char *argument);
pg_noreturn extern void kpi_report_infinite_duration(const Interval *span,
													 const char *function,
													 const char *argument);
pg_noreturn extern void kpi_report_long_threshold(const Interval *span,
												  const char *function,
												  const char *argument);
/* a count or a sum that overflowed, or went below zero */
pg_noreturn extern void kpi_report_overflow(const char *function);
pg_noreturn extern void kpi_report_underflow(const char *function);
/* a row's duration whose square int128 cannot hold */
pg_noreturn extern void kpi_report_square_overflow(const char *function,
												   int128 micros);
/* a threshold or a period that differs from a state's */
pg_noreturn extern void kpi_threshold_conflict(int64 current, int64 incoming,
											   const char *function,
											   const char *argument);
pg_noreturn extern void kpi_period_conflict(const KpiPeriod *current,
											const KpiPeriod *incoming,
											const char *function);

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
/* state_io.c: one state's counts and sums added into another's */
extern void kpi_state_merge(const KpiStateType *type, void *state,
							const void *other, int64 weight,
							const char *function);

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
extern Interval *kpi_micros_interval(int64 micros);
extern Interval *kpi_mean_interval(int128 total_us, int64 count,
								   const char *function);
extern double kpi_percent(int128 part, int128 whole);
extern double kpi_percent_unsigned(uint128 part, uint128 whole);
extern double kpi_mean_of_counts(int128 sum, int128 count);
extern double kpi_quotient_unsigned(uint128 part, uint128 whole);

/* rating.c: rating states compared, brought to more decimals, and their mean */
extern bool kpi_rating_same_scale(const RatingState *a, const RatingState *b);
extern void kpi_rating_rescale(RatingState *state, int64 decimals,
							   const char *function);
extern double kpi_rating_mean(const RatingState *state);
extern char *kpi_rating_value_text(int64 units, int64 decimals);
extern void kpi_rating_merge(RatingState *state, const RatingState *incoming,
							 int64 weight, const char *function);

/*
 * The row helpers below run once per input row, so they are inline and keep
 * their error reporting out of line, in report.c.
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

/*
 * An interval argument as microseconds.  An infinite interval (PostgreSQL
 * 17 and later) is an error: no handle time, wait or threshold is
 * infinite, and its fields at their limits would add up to a finite,
 * wrong number.
 */
static inline int128
kpi_interval_arg_micros(const Interval *span, const char *function,
						const char *argument)
{
	if (unlikely(INTERVAL_NOT_FINITE(span)))
		kpi_report_infinite_duration(span, function, argument);
	return kpi_interval_total_micros(span);
}

/* Convert a duration argument to microseconds; negative ones are errors. */
static inline int128
kpi_interval_micros(const Interval *span, const char *function,
					const char *argument)
{
	int128		micros = kpi_interval_arg_micros(span, function, argument);

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

/*
 * kpi_threshold_merge for a period: the first one sets it, the unset
 * period [0, 0) matches anything, any other difference is an error.
 */
static inline void
kpi_period_merge(KpiPeriod *current, const KpiPeriod *incoming,
				 const char *function)
{
	if (likely(incoming->from_us == current->from_us &&
			   incoming->until_us == current->until_us) ||
		(incoming->from_us == 0 && incoming->until_us == 0))
		return;
	if (current->from_us != 0 || current->until_us != 0)
		kpi_period_conflict(current, incoming, function);
	*current = *incoming;
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

/*
 * glyphs.c: the block characters U+2581..U+258F that kpi_sparkline and
 * kpi_bar draw with, in the database encoding.  Index k < 8 is the lower
 * block k + 1 eighths high (7 is the full block); index 15 - e is the left
 * block e eighths wide, for e in 1..7.
 */
#define KPI_BLOCK_GLYPHS 15
#define KPI_FULL_BLOCK 7
#define KPI_LEFT_BLOCK(eighths) (15 - (eighths))

typedef struct KpiGlyph
{
	uint8		length;
	char		bytes[4];		/* MAX_MULTIBYTE_CHAR_LEN */
} KpiGlyph;

extern const KpiGlyph *kpi_block_glyphs(const char *function);

/*
 * Cancel and statement_timeout inside the long loops of the files built
 * without the server, which cannot call CHECK_FOR_INTERRUPTS: every
 * KPI_POLL_INTERVAL steps they call kpi_poll_interrupts(), and so the
 * hook, which interrupts.c points at CHECK_FOR_INTERRUPTS when the server
 * loads the module; a build without the server leaves it NULL.  The hook
 * is defined in erlang_math.c, the one such file with loops that long, so
 * that file still links alone.  The interval is 8 us of the Erlang B
 * recursion (2 ns a step) and 0.2 ms of the Erlang A sums, against a few
 * nanoseconds a call; the server's own files call CHECK_FOR_INTERRUPTS
 * directly.
 */
#define KPI_POLL_INTERVAL 4096

extern void (*kpi_interrupt_hook) (void);

/* Let a pending cancel or timeout stop the computation (longjmp). */
static inline void
kpi_poll_interrupts(void)
{
	if (kpi_interrupt_hook != NULL)
		kpi_interrupt_hook();
}

/*
 * Staffing (erlang_math.c, without the server; SQL functions in erlang.c).
 * Times are in average handle times: service rate 1, arrival rate = the
 * offered traffic A in Erlangs.
 */
#define KPI_ERLANG_MAX_TRAFFIC 10000000.0	/* Erlangs: 1,000 times a large center */
#define KPI_ERLANG_A_MAX_TERMS INT64CONST(10000000)	/* queue lengths summed */

/* The Erlang B recursion, stepped one agent at a time. */
typedef struct KpiErlangB
{
	double		traffic;
	int64		agents;
	double		inverse;		/* 1 / B(agents, traffic), may be infinite */
	double		blocking;		/* B(agents, traffic) */
} KpiErlangB;

/* What Erlang A says about one number of agents. */
typedef struct KpiErlangA
{
	double		wait_probability;	/* 0..1 */
	double		service_level;	/* percent of offered calls answered within T */
	double		abandonment;	/* percent of offered calls */
	double		queue_time;		/* mean wait of all callers, in AHTs */
	double		occupancy;		/* percent, carried load per agent */
} KpiErlangA;

extern void kpi_erlang_b_start(KpiErlangB *erlang, double traffic);
extern void kpi_erlang_b_next(KpiErlangB *erlang);
extern void kpi_erlang_b_advance(KpiErlangB *erlang, int64 agents);
extern double kpi_erlang_b(int64 agents, double traffic);
extern double kpi_erlang_c_from_b(int64 agents, double traffic, double blocking);
extern double kpi_erlang_c_service_level(int64 agents, double traffic,
										 double wait, double threshold_us,
										 double aht_us);
extern double kpi_erlang_c_asa_us(int64 agents, double traffic, double wait,
								  double aht_us);
extern bool kpi_erlang_a(int64 agents, double traffic, double theta,
						 double threshold, KpiErlangA *result);

/*
 * Add (weight +1) or remove (weight -1) a row's squared duration to a
 * state's sum of squares.  Squares of durations up to about 413,000 years
 * fit in int128; a longer one, or a sum that no longer fits, is an error.
 */
static inline void
kpi_squares_add(int128 *squares, int128 micros, int64 weight,
				const char *function)
{
	int128		square;

	if (unlikely(__builtin_mul_overflow(micros, micros, &square)))
		kpi_report_square_overflow(function, micros);
	kpi_micros_add(squares, weight * square, function);
}

/*
 * kpi_calendar: weekly opening hours in local wall-clock time, a time zone
 * and closed local dates (calendar_parse.c, calendar.c, business_time.c).
 *
 * The stored form is pre-parsed and canonical: weekly ranges as minutes
 * from Monday 00:00, sorted, merged when they overlap or touch, split at
 * the end of the week; closed dates as inclusive ranges of days since
 * 2000-01-01, sorted and merged when they overlap or touch; the zone name
 * as PostgreSQL spells it.  Equal calendars therefore have equal bytes.
 * Derived sums (open minutes before each range, open minutes of the closed
 * ranges before each one) are stored too, so that evaluating a calendar
 * per row does no parsing and no summing.
 *
 * Layout after the header: int64 closed_before[nclosed + 1] (open minutes
 * of the closed ranges before range i, ignoring that they are closed; the
 * last one is the total), then int32
 * range_start[nranges], range_end[nranges], range_before[nranges],
 * closed_first[nclosed], closed_last[nclosed], then the zone name and a NUL.
 */
#define KPI_MINUTES_PER_DAY 1440
#define KPI_MINUTES_PER_WEEK 10080
#define KPI_CALENDAR_MAX_RANGES 10000	/* weekday ranges written */
#define KPI_CALENDAR_MAX_CLOSED 10000	/* closed dates or date ranges */
#define KPI_CALENDAR_ZONE_MAX 255	/* PostgreSQL's TZ_STRLEN_MAX */
#define KPI_CALENDAR_FIRST_DAY (-730119)	/* 0001-01-01 as days since 2000-01-01 */
#define KPI_CALENDAR_LAST_DAY 2921939	/* 9999-12-31 */
/*
 * The largest UTC offset of a calendar's zone, east or west: the
 * local-time arithmetic of business_time.c keeps 76 hours of headroom at
 * the ends of timestamptz's range.  Real zones stay within 16 hours; POSIX
 * rules can say up to 167.
 */
#define KPI_CALENDAR_MAX_ZONE_OFFSET_SECS (48 * SECS_PER_HOUR)

typedef struct KpiCalendar
{
	int32		vl_len_;		/* varlena header, SET_VARSIZE only */
	int32		nranges;
	int32		nclosed;
	int32		zone_length;	/* bytes of the zone name, without the NUL */
	int32		week_minutes;	/* open minutes of a week without closed dates */
	int32		reserved;		/* always zero */
	char		data[FLEXIBLE_ARRAY_MEMBER];
} KpiCalendar;

/* Open minutes of the closed ranges before each one (nclosed + 1 of them). */
static inline int64 *
kpi_calendar_closed_before(const KpiCalendar *cal)
{
	return (int64 *) cal->data;
}
/* Start of each weekly range, in minutes from Monday 00:00. */
static inline int32 *
kpi_calendar_range_start(const KpiCalendar *cal)
{
	return (int32 *) (cal->data + sizeof(int64) * (cal->nclosed + 1));
}
/* End (exclusive) of each weekly range, in minutes from Monday 00:00. */
static inline int32 *
kpi_calendar_range_end(const KpiCalendar *cal)
{
	return kpi_calendar_range_start(cal) + cal->nranges;
}
/* Open minutes of the week before each range starts. */
static inline int32 *
kpi_calendar_range_before(const KpiCalendar *cal)
{
	return kpi_calendar_range_end(cal) + cal->nranges;
}
/* First closed day of each closed range, in days since 2000-01-01. */
static inline int32 *
kpi_calendar_closed_first(const KpiCalendar *cal)
{
	return kpi_calendar_range_before(cal) + cal->nranges;
}
/* Last closed day (inclusive) of each closed range. */
static inline int32 *
kpi_calendar_closed_last(const KpiCalendar *cal)
{
	return kpi_calendar_closed_first(cal) + cal->nclosed;
}
/* The zone name, NUL-terminated. */
static inline char *
kpi_calendar_zone(const KpiCalendar *cal)
{
	return (char *) (kpi_calendar_closed_last(cal) + cal->nclosed);
}

/*
 * A calendar being read: ranges as written (split at the end of the week,
 * not yet merged), closed date ranges as written, the zone name as written.
 */
typedef struct KpiCalendarDraft
{
	int32		nranges;
	int32		nclosed;
	int32		written_ranges; /* day-times-range count, for the limit */
	bool		has_zone;
	char		zone[KPI_CALENDAR_ZONE_MAX + 1];
	int32		range_start[2 * KPI_CALENDAR_MAX_RANGES];
	int32		range_end[2 * KPI_CALENDAR_MAX_RANGES];
	int32		closed_first[KPI_CALENDAR_MAX_CLOSED];
	int32		closed_last[KPI_CALENDAR_MAX_CLOSED];
	int32		scratch[2 * 2 * KPI_CALENDAR_MAX_RANGES];	/* for sorting */
} KpiCalendarDraft;

/* calendar_parse.c, without the server */
extern const char *kpi_calendar_parse(const char *text, KpiCalendarDraft *draft,
									  const char **where);
extern const char *kpi_calendar_add_range(KpiCalendarDraft *draft,
										  int32 start, int32 end);
extern const char *kpi_calendar_add_closed(KpiCalendarDraft *draft,
										   int32 first, int32 last);
extern const char *kpi_calendar_check_zone_name(const char *name);
extern const char *kpi_calendar_normalise(KpiCalendarDraft *draft);
extern size_t kpi_calendar_size(const KpiCalendarDraft *draft);
extern void kpi_calendar_build(const KpiCalendarDraft *draft, KpiCalendar *cal);
extern bool kpi_calendar_is_canonical(const KpiCalendar *cal, size_t size);
extern size_t kpi_calendar_text_size(const KpiCalendar *cal);
extern void kpi_calendar_format_into(const KpiCalendar *cal, char *out);
extern int64 kpi_calendar_open_minutes_before_day(const KpiCalendar *cal,
												  int64 day);
extern int32 kpi_days_from_civil(int32 year, int32 month, int32 day);
extern void kpi_civil_from_days(int32 days, int32 *year, int32 *month,
								int32 *day);

#endif							/* KPI_H */
