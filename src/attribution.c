/*
 * attribution.c
 *		Why a KPI moved between two periods (kpi 1.1): kpi_contribution,
 *		kpi_rate_effect and kpi_mix_effect, window functions that split the
 *		change of a partition's pooled KPI between its segments, one row
 *		per segment with its state before and after.
 *
 * The split is the symmetric shift-share.  For segment i with weights W0
 * and W1 (its share of the KPI's denominator in each period: answers,
 * contacts, scheduled time), KPIs r0 and r1, and the pooled KPIs R0, R1:
 *   rate_i = (W0 + W1) / 2 * (r1 - r0)
 *   mix_i  = (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2)
 *   contribution_i = rate_i + mix_i
 * Because each period's weights add up to 1, the contributions add up to
 * R1 - R0 with no interaction term left over.  A segment without
 * observations in one period takes its other period's KPI there, so that
 * its whole contribution is mix; one without any has 0.  A period without
 * observations in the whole partition makes every row NULL.
 *
 * Each function reads the whole partition once, whatever the frame (like
 * rank()), to pool its states exactly as the combine functions would,
 * refusing states counted with another threshold, scale or period; then
 * each row is computed from its own two states and the pooled ones, O(1)
 * a row.  Weights, segment KPIs and pooled KPIs are each the correctly
 * rounded double of an exact ratio: the KPIs are the very doubles the KPI
 * functions return.  Durations (AHT, ASA) come out in whole microseconds:
 * the contributions are rounded by largest remainders so that they add up
 * to exactly the change of the two pooled means as the KPI rounds them,
 * which takes a second pass and a count per row; the rate effect is
 * rounded half away from zero, and the mix effect is the rest.
 */
#include "kpi.h"

#include <math.h>

#include "miscadmin.h"
#include "utils/memutils.h"
#include "windowapi.h"

/* Which of the three numbers a window function returns. */
typedef enum AttributionPart
{
	PART_CONTRIBUTION,
	PART_RATE,
	PART_MIX
} AttributionPart;

static const char *const part_functions[] = {
	"kpi_contribution", "kpi_rate_effect", "kpi_mix_effect"
};

/* Any state value, for copies out of the window's tuple slot. */
typedef union AnyState
{
	NpsState	nps;
	ShareState	share;
	CesState	ces;
	RatingState rating;
	AhtState	aht;
	UtilizationState utilization;
	OccupancyState occupancy;
	ShrinkageState shrinkage;
	ServiceLevelState service_level;
	AsaState	asa;
	AbandonmentState abandonment;
	ChurnState	churn;
} AnyState;

/* What attribution needs of one state: its weight and its KPI. */
typedef struct SegmentKpi
{
	uint128		weight;			/* the KPI's denominator, 0 if none */
	double		kpi;			/* when weight > 0; not for durations */
	int128		total_us;		/* durations: the summed microseconds */
	int128		whole_us;		/* durations: the mean is whole_us */
	double		fraction_us;	/* plus this fraction, 0 <= it < 1 */
} SegmentKpi;

/* How attribution reads one state type. */
typedef struct AttributionType
{
	const KpiStateType *type;
	bool		duration;		/* AHT and ASA: interval results */
	bool		period_per_side;	/* churn: before and after periods differ */
	SegmentKpi	(*read) (const AnyState *state);
} AttributionType;

/* What a function keeps for the partition it is in. */
typedef struct PartitionPools
{
	bool		pooled;			/* the pass over the partition is done */
	bool		unchanged;		/* a period without observations: NULL */
	SegmentKpi	before;			/* of the pooled states */
	SegmentKpi	after;
	int64	   *results;		/* durations: each row's contribution (or
								 * mix effect), in microseconds */
} PartitionPools;

/*
 * A duration row's two segments, kept by the pooling pass so that the
 * rounding pass need not fetch and read the row's states again.
 */
typedef struct DurationRow
{
	int128		whole_us[2];	/* before and after, as in SegmentKpi */
	double		fraction_us[2];
	int64		count[2];		/* 0 if none */
} DurationRow;

/* A duration row's exact contribution, while the rounding is chosen. */
typedef struct RoundingRow
{
	double		fraction;		/* contribution - floor(contribution) */
	int64		position;		/* the row in the partition */
} RoundingRow;

/* The weight and the KPI of a state, the KPI as its final function has it. */
static SegmentKpi
ratio_kpi(uint128 weight, int128 part, bool percent)
{
	SegmentKpi	segment = {.weight = weight};

	if (weight > 0)
		segment.kpi = percent ? kpi_percent(part, (int128) weight) :
			kpi_mean_of_counts(part, (int128) weight);
	return segment;
}

/* NPS: promoters minus detractors over all answers, in points. */
static SegmentKpi
nps_read(const AnyState *state)
{
	const NpsState *nps = &state->nps;

	return ratio_kpi((uint128) nps->promoters + nps->passives + nps->detractors,
					 (int128) nps->promoters - nps->detractors, true);
}

/* CSAT and FCR: favourable cases over all cases, in percent. */
static SegmentKpi
share_read(const AnyState *state)
{
	return ratio_kpi(state->share.total, state->share.hits, true);
}

/* CES: the mean effort score. */
static SegmentKpi
ces_read(const AnyState *state)
{
	return ratio_kpi(state->ces.responses, state->ces.score_sum, false);
}

/* Ratings: the mean score on the state's scale. */
static SegmentKpi
rating_read(const AnyState *state)
{
	SegmentKpi	segment = {.weight = state->rating.responses};

	if (segment.weight > 0)
		segment.kpi = kpi_rating_mean(&state->rating);
	return segment;
}

/*
 * A mean duration in microseconds as its whole part and its fraction, so
 * that differences of means are exact in their whole parts even where a
 * double cannot hold every microsecond (means near 2^53 us and beyond);
 * total_us keeps the exact sum.  Sums are never negative.
 */
static SegmentKpi
duration_kpi(int64 count, int128 total_us)
{
	SegmentKpi	segment = {.weight = count, .total_us = total_us};

	if (count > 0)
	{
		int128		rest;

		/* the int64 division is several times faster, and nearly always enough */
		if (total_us <= PG_INT64_MAX)
			segment.whole_us = (int64) total_us / count;
		else
			segment.whole_us = total_us / count;
		rest = total_us - segment.whole_us * count;
		segment.fraction_us = (double) (int64) rest / (double) count;
	}
	return segment;
}

/* AHT: handle time over contacts handled. */
static SegmentKpi
aht_read(const AnyState *state)
{
	return duration_kpi(state->aht.contacts, state->aht.handle_us);
}

/* ASA: wait over contacts answered. */
static SegmentKpi
asa_read(const AnyState *state)
{
	return duration_kpi(state->asa.answered, state->asa.wait_us);
}

/* Utilization: busy time over scheduled time, in percent. */
static SegmentKpi
utilization_read(const AnyState *state)
{
	return ratio_kpi(state->utilization.scheduled_us,
					 state->utilization.busy_us, true);
}

/* Occupancy: handle time over handle and idle time, in percent. */
static SegmentKpi
occupancy_read(const AnyState *state)
{
	const OccupancyState *occupancy = &state->occupancy;
	SegmentKpi	segment = {.weight = (uint128) occupancy->handle_us +
	(uint128) occupancy->idle_us};

	if (segment.weight > 0)
		segment.kpi = kpi_percent_unsigned(occupancy->handle_us, segment.weight);
	return segment;
}

/* Shrinkage: unavailable time over paid time, in percent. */
static SegmentKpi
shrinkage_read(const AnyState *state)
{
	return ratio_kpi(state->shrinkage.paid_us, state->shrinkage.unavailable_us,
					 true);
}

/* Service level: answered within the threshold over answered and abandoned after it. */
static SegmentKpi
service_level_read(const AnyState *state)
{
	const ServiceLevelState *level = &state->service_level;

	return ratio_kpi((uint128) level->answered + level->abandoned_after,
					 level->answered_within, true);
}

/* Abandonment: abandons over offered contacts, short abandons left out of both. */
static SegmentKpi
abandonment_read(const AnyState *state)
{
	const AbandonmentState *abandonment = &state->abandonment;

	return ratio_kpi(abandonment->offered - abandonment->short_abandoned,
					 abandonment->abandoned - abandonment->short_abandoned,
					 true);
}

/* Churn: customers lost over the period's starting base, in percent. */
static SegmentKpi
churn_read(const AnyState *state)
{
	return ratio_kpi(state->churn.base, state->churn.churned, true);
}

static const AttributionType nps_attribution = {&kpi_nps_state_type, false, false, nps_read};
static const AttributionType csat_attribution = {&kpi_csat_state_type, false, false, share_read};
static const AttributionType fcr_attribution = {&kpi_fcr_state_type, false, false, share_read};
static const AttributionType ces_attribution = {&kpi_ces_state_type, false, false, ces_read};
static const AttributionType rating_attribution = {&kpi_rating_state_type, false, false, rating_read};
static const AttributionType aht_attribution = {&kpi_aht_state_type, true, false, aht_read};
static const AttributionType asa_attribution = {&kpi_asa_state_type, true, false, asa_read};
static const AttributionType utilization_attribution = {&kpi_utilization_state_type, false, false, utilization_read};
static const AttributionType occupancy_attribution = {&kpi_occupancy_state_type, false, false, occupancy_read};
static const AttributionType shrinkage_attribution = {&kpi_shrinkage_state_type, false, false, shrinkage_read};
static const AttributionType service_level_attribution = {&kpi_service_level_state_type, false, false, service_level_read};
static const AttributionType abandonment_attribution = {&kpi_abandonment_state_type, false, false, abandonment_read};
static const AttributionType churn_attribution = {&kpi_churn_state_type, false, true, churn_read};

/* Error for two rating scales in one partition. */
pg_noreturn static void
report_scale_conflict(const RatingState *current, const RatingState *incoming,
					  const char *function)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: every rating_state of a partition must be on the same scale",
					function),
			 errdetail("Got the scale %s..%s after %s..%s.",
					   kpi_rating_value_text(incoming->low, incoming->decimals),
					   kpi_rating_value_text(incoming->high, incoming->decimals),
					   kpi_rating_value_text(current->low, current->decimals),
					   kpi_rating_value_text(current->high, current->decimals)),
			 errhint("Partition by the scale too: means on different scales do not pool.")));
}

/* A rating state's scale against the pool's; an empty state has none. */
static void
check_rating_scale(const RatingState *pool, const RatingState *state,
				   const char *function)
{
	if (kpi_rating_unset(pool) || kpi_rating_unset(state))
		return;
	if (!kpi_rating_same_scale(pool, state))
		report_scale_conflict(pool, state, function);
}

/*
 * Refuse a state whose definition differs from the pool's: the threshold
 * of a service level, the short-abandon limit of an abandonment rate, the
 * period of a churn rate (side says which period's states), the scale of
 * a rating.  An unset one (an empty state) matches any.
 */
static void
check_definition(const AttributionType *kind, const AnyState *pool,
				 const AnyState *state, const char *side,
				 const char *function)
{
	const KpiStateType *type = kind->type;

	if (type == &kpi_rating_state_type)
	{
		check_rating_scale(&pool->rating, &state->rating, function);
		return;
	}
	for (int i = 0; i < type->nfields; i++)
	{
		const KpiStateField *field = &type->fields[i];
		const char *current = (const char *) pool + field->offset;
		const char *incoming = (const char *) state + field->offset;

		if (field->min_value == KPI_PERIOD_BOUND_MIN)
		{
			const KpiPeriod *a = (const KpiPeriod *) current;
			const KpiPeriod *b = (const KpiPeriod *) incoming;

			if ((a->from_us != 0 || a->until_us != 0) &&
				(b->from_us != 0 || b->until_us != 0) &&
				(a->from_us != b->from_us || a->until_us != b->until_us))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("%s: every %s %s of a partition must have the same period",
								function, side, type->type_name),
						 errdetail("Got %s after %s.", kpi_period_text(b),
								   kpi_period_text(a)),
						 errhint("Partition by the period too: churn rates of different periods do not pool.")));
			i++;
		}
		else if (field->min_value == -1)
		{
			int64		a = *(const int64 *) current;
			int64		b = *(const int64 *) incoming;

			if (a != -1 && b != -1 && a != b)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("%s: every %s of a partition must have the same %s, before and after",
								function, type->type_name,
								type->threshold_argument),
						 errdetail("Got %s after %s.", kpi_micros_text(b),
								   kpi_micros_text(a)),
						 errhint("Count both periods with one %s, or partition by it too.",
								 type->threshold_argument)));
		}
	}
}

/* Add a state into a period's pool, the first one setting it. */
static void
pool_add(const AttributionType *kind, AnyState *pool, bool *pool_set,
		 const AnyState *state, const char *function)
{
	if (!*pool_set)
	{
		*pool = *state;
		*pool_set = true;
	}
	else if (kind->type == &kpi_rating_state_type)
		kpi_rating_merge(&pool->rating, &state->rating, 1, function);
	else
		kpi_state_merge(kind->type, pool, state, 1, function);
}

/* One row's before or after state as a copy; false when it is NULL. */
static bool
state_at(WindowObject winobj, const AttributionType *kind, int argno,
		 int64 position, AnyState *state)
{
	bool		isnull,
				isout;
	Datum		value;

	if (position < 0)
		value = WinGetFuncArgCurrent(winobj, argno, &isnull);
	else
	{
		value = WinGetFuncArgInPartition(winobj, argno, position,
										 WINDOW_SEEK_HEAD, false,
										 &isnull, &isout);
		Assert(!isout);
	}
	if (isnull)
		return false;
	/* the next fetch reuses the slot that value points into */
	memcpy(state, DatumGetPointer(value), kind->type->size);
	KPI_ASSERT_STATE(kind->type, state);
	return true;
}

/*
 * The weight and KPI of a row's state (position -1: the current row);
 * no observations when it is NULL.
 */
static SegmentKpi
segment_at(WindowObject winobj, const AttributionType *kind, int argno,
		   int64 position)
{
	AnyState	state;
	SegmentKpi	none = {0};

	if (!state_at(winobj, kind, argno, position, &state))
		return none;
	return kind->read(&state);
}

/*
 * The pass over the partition: every row's states checked against the
 * others' definitions and pooled per period; with durations, each
 * row's counts and means kept there for the rounding pass.
 */
static void
pool_partition(WindowObject winobj, const AttributionType *kind,
			   PartitionPools *pools, int64 rows, DurationRow *durations,
			   const char *function)
{
	AnyState	pool[2];
	bool		pool_set[2] = {false, false};

	for (int64 position = 0; position < rows; position++)
	{
		for (int side = 0; side < 2; side++)
		{
			AnyState	state;
			const char *side_name = side == 0 ? "before" : "after";

			if (!state_at(winobj, kind, side, position, &state))
				continue;
			if (pool_set[side])
				check_definition(kind, &pool[side], &state, side_name, function);
			if (pool_set[1 - side] && !kind->period_per_side)
				check_definition(kind, &pool[1 - side], &state, side_name,
								 function);
			pool_add(kind, &pool[side], &pool_set[side], &state, function);
			if (durations)
			{
				SegmentKpi	segment = kind->read(&state);

				/* a duration's weight is a count of contacts: an int64 */
				durations[position].count[side] = (int64) segment.weight;
				durations[position].whole_us[side] = segment.whole_us;
				durations[position].fraction_us[side] = segment.fraction_us;
			}
		}
		CHECK_FOR_INTERRUPTS();
	}
	if (pool_set[0])
		pools->before = kind->read(&pool[0]);
	if (pool_set[1])
		pools->after = kind->read(&pool[1]);
	pools->unchanged = pools->before.weight == 0 || pools->after.weight == 0;
}

/*
 * The difference of two mean durations, accurate to the difference
 * itself: the whole parts are subtracted exactly, the fractions in
 * double.  Subtracting two doubles of the means instead loses the
 * difference where the means are near 2^53 us and beyond (285 years).
 */
static double
mean_difference(const SegmentKpi *a, const SegmentKpi *b)
{
	return (double) (a->whole_us - b->whole_us) +
		(a->fraction_us - b->fraction_us);
}

/*
 * The rate and mix effects of one segment, in the KPI's unit.  A side
 * without observations takes the other side's KPI.  Durations use the
 * form of mix through differences, ((r0 - R0) + (r1 - R1)) / 2, so that
 * every difference of means is taken exactly (mean_difference).
 */
static void
segment_effects(const AttributionType *kind, const PartitionPools *pools,
				const SegmentKpi *before, const SegmentKpi *after,
				double *rate, double *mix)
{
	double		before_weight = 0,
				after_weight = 0;
	const SegmentKpi *was,
			   *is;

	*rate = *mix = 0;
	if (before->weight == 0 && after->weight == 0)
		return;
	if (before->weight > 0)
		before_weight = kpi_quotient_unsigned(before->weight,
											  pools->before.weight);
	if (after->weight > 0)
		after_weight = kpi_quotient_unsigned(after->weight,
											 pools->after.weight);
	was = before->weight > 0 ? before : after;
	is = after->weight > 0 ? after : before;
	if (kind->duration)
	{
		*rate = (before_weight + after_weight) / 2 * mean_difference(is, was);
		*mix = (after_weight - before_weight) *
			((mean_difference(was, &pools->before) +
			  mean_difference(is, &pools->after)) / 2);
		return;
	}
	*rate = (before_weight + after_weight) / 2 * (is->kpi - was->kpi);
	*mix = (after_weight - before_weight) *
		((was->kpi + is->kpi) / 2 - (pools->before.kpi + pools->after.kpi) / 2);
}

/* Error for a duration effect beyond what an interval holds. */
pg_noreturn static void
report_duration_range(double micros, const char *function)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("%s: a duration effect is out of range for type interval",
					function),
			 errdetail("The effect is %.17g microseconds; an interval holds at most 2^63 - 1.",
					   micros)));
}

/* A whole number of microseconds as int64, or the range error. */
static int64
whole_micros(double micros, const char *function)
{
	/* 2^63 is exact in double; anything below it converts */
	if (!(micros > -9223372036854775808.0 && micros < 9223372036854775808.0))
		report_duration_range(micros, function);
	return (int64) micros;
}

/* Larger fractions first, then earlier rows: the order of the round-ups. */
static inline bool
rounds_up_before(const RoundingRow *x, const RoundingRow *y)
{
	if (x->fraction != y->fraction)
		return x->fraction > y->fraction;
	return x->position < y->position;
}

/*
 * Bring the first count rows of the rounding order to the front of rows
 * (in any order among them), in linear time on the average: Hoare's
 * selection, with the middle row as the pivot.  A full sort of every
 * partition cost a quarter of the AHT attribution's time.  The order is
 * total (positions differ), so the rows chosen are those a sort would
 * put first.
 */
static void
select_round_ups(RoundingRow *rows, int64 length, int64 count)
{
	int64		low = 0,
				high = length - 1;

	while (low < high)
	{
		RoundingRow pivot = rows[low + (high - low) / 2];
		int64		i = low,
					j = high;

		while (i <= j)
		{
			while (rounds_up_before(&rows[i], &pivot))
				i++;
			while (rounds_up_before(&pivot, &rows[j]))
				j--;
			if (i <= j)
			{
				RoundingRow swap = rows[i];

				rows[i++] = rows[j];
				rows[j--] = swap;
			}
		}
		/* rows[low..j] come before rows[i..high]; between them, the pivot */
		if (count - 1 <= j)
			high = j;
		else if (count - 1 >= i)
			low = i;
		else
			return;
		CHECK_FOR_INTERRUPTS();
	}
}

/*
 * Durations: every row's contribution in whole microseconds, adding up to
 * exactly the change of the pooled means as avg_handle_time and
 * avg_speed_of_answer round them.  Each is its exact value rounded down,
 * plus one for the rows with the largest fractions, as many as the total
 * needs (the largest-remainder method); rows with no observations keep 0.
 * For kpi_mix_effect each row's result is then its contribution minus its
 * rate effect rounded half away from zero.
 */
static void
round_contributions(const AttributionType *kind, PartitionPools *pools,
					const DurationRow *durations, int64 rows,
					AttributionPart part, const char *function)
{
	MemoryContext partition_context = GetMemoryChunkContext(pools);
	RoundingRow *order;
	int64	   *rates = NULL;
	int64		counted = 0;
	int128		floors = 0;
	int128		missing;
	int128		excess;
	int64		change;
	int64		largest = -1;	/* the row of the largest |contribution| */
	double		largest_size = -1;

	/* a partition of many millions of rows needs more than 1 GB here */
	pools->results = MemoryContextAllocExtended(partition_context,
												rows * sizeof(int64),
												MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	order = MemoryContextAllocExtended(partition_context,
									   rows * sizeof(RoundingRow),
									   MCXT_ALLOC_HUGE);
	if (part == PART_MIX)
		rates = MemoryContextAllocExtended(partition_context,
										   rows * sizeof(int64),
										   MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	for (int64 position = 0; position < rows; position++)
	{
		SegmentKpi	before = {.weight = durations[position].count[0],
			.whole_us = durations[position].whole_us[0],
		.fraction_us = durations[position].fraction_us[0]};
		SegmentKpi	after = {.weight = durations[position].count[1],
			.whole_us = durations[position].whole_us[1],
		.fraction_us = durations[position].fraction_us[1]};
		double		rate,
					mix,
					exact,
					whole;

		if (before.weight == 0 && after.weight == 0)
			continue;
		segment_effects(kind, pools, &before, &after, &rate, &mix);
		exact = rate + mix;
		whole = floor(exact);
		pools->results[position] = whole_micros(whole, function);
		floors += pools->results[position];
		if (rates)
			rates[position] = whole_micros(round(rate), function);
		order[counted].fraction = exact - whole;
		order[counted].position = position;
		counted++;
		if (fabs(exact) > largest_size)
		{
			largest_size = fabs(exact);
			largest = position;
		}
		CHECK_FOR_INTERRUPTS();
	}
	if (counted == 0)
		return;
	change = kpi_mean_interval(pools->after.total_us, pools->after.weight,
							   function)->time -
		kpi_mean_interval(pools->before.total_us, pools->before.weight,
						  function)->time;

	/*
	 * What the floors lack is a round-up for some rows, 0 to counted of
	 * them.  Beyond that, the doubles were off by more than a microsecond
	 * in all (means beyond 2^53 us): the excess goes to the largest
	 * contribution, whose double is the least precise, not to rows that
	 * may not have moved at all.
	 */
	missing = change - floors;
	excess = missing < 0 ? missing : missing > counted ? missing - counted : 0;
	missing -= excess;
	if (missing > 0 && missing < counted)
		select_round_ups(order, counted, (int64) missing);
	for (int64 i = 0; i < counted; i++)
	{
		int64		position = order[i].position;
		int128		rounded = pools->results[position] + (i < missing ? 1 : 0);

		if (position == largest)
			rounded += excess;
		if (rates)
			rounded -= rates[position];
		if (rounded > PG_INT64_MAX || rounded < PG_INT64_MIN)
			report_duration_range((double) rounded, function);
		pools->results[position] = (int64) rounded;
	}
	pfree(order);
	if (rates)
		pfree(rates);
}

/*
 * The three window functions: the partition pooled at its first row, then
 * each row's part of the change from its own states.
 */
static Datum
attribution(FunctionCallInfo fcinfo, const AttributionType *kind,
			AttributionPart part)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	const char *function = part_functions[part];
	PartitionPools *pools;
	SegmentKpi	before,
				after;
	double		rate,
				mix;

	pools = WinGetPartitionLocalMemory(winobj, sizeof(PartitionPools));
	if (!pools->pooled)
	{
		int64		rows = WinGetPartitionRowCount(winobj);
		DurationRow *durations = NULL;

		/* a partition of many millions of rows needs more than 1 GB here */
		if (kind->duration && part != PART_RATE)
			durations = MemoryContextAllocExtended(GetMemoryChunkContext(pools),
												   rows * sizeof(DurationRow),
												   MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
		pool_partition(winobj, kind, pools, rows, durations, function);
		if (durations && !pools->unchanged)
			round_contributions(kind, pools, durations, rows, part, function);
		if (durations)
			pfree(durations);
		pools->pooled = true;
	}
	if (pools->unchanged)
		PG_RETURN_NULL();

	if (kind->duration && part != PART_RATE)
		PG_RETURN_INTERVAL_P(kpi_micros_interval(pools->results[WinGetCurrentPosition(winobj)]));

	before = segment_at(winobj, kind, 0, -1);
	after = segment_at(winobj, kind, 1, -1);
	segment_effects(kind, pools, &before, &after, &rate, &mix);
	if (!kind->duration)
	{
		double		result = part == PART_CONTRIBUTION ? rate + mix :
			part == PART_RATE ? rate : mix;

		PG_RETURN_FLOAT8(kpi_positive_zero(result));
	}
	PG_RETURN_INTERVAL_P(kpi_micros_interval(whole_micros(round(rate), function)));
}

/* The three SQL-callable functions of one state type. */
#define ATTRIBUTION_FUNCTIONS(name) \
	PG_FUNCTION_INFO_V1(name##_state_contribution); \
	Datum name##_state_contribution(PG_FUNCTION_ARGS) \
	{ return attribution(fcinfo, &name##_attribution, PART_CONTRIBUTION); } \
	PG_FUNCTION_INFO_V1(name##_state_rate_effect); \
	Datum name##_state_rate_effect(PG_FUNCTION_ARGS) \
	{ return attribution(fcinfo, &name##_attribution, PART_RATE); } \
	PG_FUNCTION_INFO_V1(name##_state_mix_effect); \
	Datum name##_state_mix_effect(PG_FUNCTION_ARGS) \
	{ return attribution(fcinfo, &name##_attribution, PART_MIX); }

ATTRIBUTION_FUNCTIONS(nps)
ATTRIBUTION_FUNCTIONS(csat)
ATTRIBUTION_FUNCTIONS(fcr)
ATTRIBUTION_FUNCTIONS(ces)
ATTRIBUTION_FUNCTIONS(rating)
ATTRIBUTION_FUNCTIONS(aht)
ATTRIBUTION_FUNCTIONS(asa)
ATTRIBUTION_FUNCTIONS(utilization)
ATTRIBUTION_FUNCTIONS(occupancy)
ATTRIBUTION_FUNCTIONS(shrinkage)
ATTRIBUTION_FUNCTIONS(service_level)
ATTRIBUTION_FUNCTIONS(abandonment)
ATTRIBUTION_FUNCTIONS(churn)
