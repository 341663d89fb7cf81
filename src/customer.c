/*
 * customer.c
 *		Customer KPIs: churn rate and retention rate over a period, from
 *		one row per customer with the instant (or date) the customer
 *		started and the first instant they were no longer a customer.
 *
 * A customer is active at t when active_from <= t < active_until (a NULL
 * active_until: still a customer).  For the period [L, U):
 *   base     active at L;
 *   churned  of the base, no longer active at U (L < active_until <= U);
 *   new      started inside it after its start (L < active_from < U) and
 *            active at least one instant; in neither count.
 * A customer who leaves exactly at U is churned in this period: their last
 * active instant lies inside it, and they are not in the next period's
 * base, so counting them as retained would lose them from every period.
 *
 * The period is a tstzrange or a daterange.  Timestamps and dates are
 * discrete (microseconds, days), so any bounded period is exactly a
 * half-open [first, after-last) span whatever its bound inclusivity;
 * that span is stored in the state, in microseconds since 1970.
 */
#include "kpi.h"

#include "catalog/pg_type_d.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#define CHURN_FUNCTION "churn_rate"

/*
 * The last period argument a transition function decoded, cached in
 * fn_extra: a group repeats one period on every row, so its bytes are
 * compared instead of decoded again.
 */
typedef struct ChurnPeriodCache
{
	int64		first;			/* first instant in the period: timestamp or days */
	int64		after;			/* first instant after it */
	KpiPeriod	period;			/* the same span as the state stores it */
	TypeCacheEntry *typcache;	/* of the last range type decoded */
	Size		capacity;		/* room in bytes[] */
	Size		length;			/* bytes of the cached range, 0 if none */
	char		bytes[FLEXIBLE_ARRAY_MEMBER];	/* the range without its header */
} ChurnPeriodCache;

/* A range value as its type prints it, for error details. */
static char *
range_text(const RangeType *range)
{
	Oid			output;
	bool		is_varlena;

	getTypeOutputInfo(RangeTypeGetOid(range), &output, &is_varlena);
	return OidOutputFunctionCall(output, RangeTypePGetDatum(range));
}

/* Error for a period argument that is not a bounded, non-empty span. */
static void
report_bad_period(const RangeType *range, const char *rule)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: period must %s", CHURN_FUNCTION, rule),
			 errdetail("Got %s.", range_text(range))));
}

/*
 * Decode a period argument into the cache: its span [first, after) in the
 * argument's own units, and the state's microseconds since 1970.
 */
static void
decode_period(ChurnPeriodCache *cache, const RangeType *range, bool dates)
{
	TypeCacheEntry *typcache = cache->typcache;
	RangeBound	lower_bound;
	RangeBound	upper_bound;
	bool		empty;
	int64		first;
	int64		last;
	int128		from_us;
	int128		until_us;

	/* type cache entries live as long as the backend: keep the last one */
	if (typcache == NULL || typcache->type_id != RangeTypeGetOid(range))
	{
		typcache = lookup_type_cache(RangeTypeGetOid(range),
									 TYPECACHE_RANGE_INFO);
		if (typcache->rngelemtype == NULL)
			elog(ERROR, "type %u is not a range type", RangeTypeGetOid(range));
		cache->typcache = typcache;
	}
	range_deserialize(typcache, range, &lower_bound, &upper_bound, &empty);
	if (empty)
		report_bad_period(range, "not be empty");
	if (lower_bound.infinite || upper_bound.infinite)
		report_bad_period(range, "be bounded");
	if (dates)
	{
		first = DatumGetDateADT(lower_bound.val);
		last = DatumGetDateADT(upper_bound.val);
		if (DATE_NOT_FINITE(first) || DATE_NOT_FINITE(last))
			report_bad_period(range, "be bounded");
	}
	else
	{
		first = DatumGetTimestampTz(lower_bound.val);
		last = DatumGetTimestampTz(upper_bound.val);
		if (TIMESTAMP_NOT_FINITE(first) || TIMESTAMP_NOT_FINITE(last))
			report_bad_period(range, "be bounded");
	}
	/* finite values lie far inside int64, so the steps cannot wrap */
	if (!lower_bound.inclusive)
		first++;
	if (upper_bound.inclusive)
		last++;
	if (first >= last)
		report_bad_period(range, dates ? "contain at least one day" :
						  "contain at least one instant");
	from_us = dates ? (int128) first * USECS_PER_DAY : (int128) first;
	until_us = dates ? (int128) last * USECS_PER_DAY : (int128) last;
	from_us += KPI_UNIX_EPOCH_SHIFT_US;
	until_us += KPI_UNIX_EPOCH_SHIFT_US;
	if (until_us > PG_INT64_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s: period must end no later than 294247-01-10 04:00:54.775807 UTC",
						CHURN_FUNCTION),
				 errdetail("Got %s; churn_state holds its bounds in bigint microseconds since 1970.",
						   range_text(range))));
	cache->first = first;
	cache->after = last;
	cache->period.from_us = (int64) from_us;
	cache->period.until_us = (int64) until_us;
}

/*
 * The decoded period of a row, from the cache when the row repeats the
 * last period's bytes (a group's constant), decoded and cached otherwise.
 */
static inline const ChurnPeriodCache *
lookup_period(FunctionCallInfo fcinfo, Datum argument, bool dates)
{
	ChurnPeriodCache *cache = (ChurnPeriodCache *) fcinfo->flinfo->fn_extra;
	struct varlena *raw = (struct varlena *) DatumGetPointer(argument);
	RangeType  *range;
	Size		length;

	if (likely(!VARATT_IS_EXTERNAL(raw) && !VARATT_IS_COMPRESSED(raw)))
	{
		length = VARSIZE_ANY_EXHDR(raw);
		if (likely(cache != NULL && cache->length == length &&
				   memcmp(cache->bytes, VARDATA_ANY(raw), length) == 0))
			return cache;
	}
	range = DatumGetRangeTypeP(argument);
	length = VARSIZE(range) - VARHDRSZ;
	if (cache == NULL || cache->capacity < length)
	{
		if (cache != NULL)
			pfree(cache);
		cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt,
								   offsetof(ChurnPeriodCache, bytes) + length);
		cache->typcache = NULL;
		cache->capacity = length;
		fcinfo->flinfo->fn_extra = cache;
	}
	cache->length = 0;			/* invalid until decoded */
	decode_period(cache, range, dates);
	memcpy(cache->bytes, VARDATA(range), length);
	cache->length = length;
	return cache;
}

/* Error for a customer who stopped before they started. */
static void
report_reversed_customer(int64 from, int64 until, bool dates)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: active_until must not be before active_from",
					CHURN_FUNCTION),
			 errdetail("Got active_from %s and active_until %s.",
					   kpi_instant_text(from, dates), kpi_instant_text(until, dates))));
}

/*
 * Count one customer into a churn state (weight +1) or take them back out
 * (weight -1).  Rows with a NULL active_from or a NULL period count
 * nowhere and are not checked; a NULL state is the empty state.
 */
static inline Datum
churn_apply(FunctionCallInfo fcinfo, bool dates, int64 weight)
{
	ChurnState *state;
	const ChurnPeriodCache *period;
	int64		from;
	int64		until;

	if (unlikely(PG_ARGISNULL(1) || PG_ARGISNULL(3)))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_POINTER(palloc0(sizeof(ChurnState)));
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	period = lookup_period(fcinfo, PG_GETARG_DATUM(3), dates);
	if (dates)
	{
		from = PG_GETARG_DATEADT(1);
		until = PG_ARGISNULL(2) ? PG_INT64_MAX : PG_GETARG_DATEADT(2);
	}
	else
	{
		from = PG_GETARG_TIMESTAMPTZ(1);
		until = PG_ARGISNULL(2) ? PG_INT64_MAX : PG_GETARG_TIMESTAMPTZ(2);
	}
	if (unlikely(until < from))
		report_reversed_customer(from, until, dates);

	if (unlikely(PG_ARGISNULL(0)))
		state = palloc0(sizeof(ChurnState));
	else
		state = kpi_state_for_update(fcinfo, sizeof(ChurnState));
	kpi_period_merge(&state->period, &period->period, CHURN_FUNCTION);
	if (from <= period->first)
	{
		if (until > period->first)
		{
			kpi_count_add(&state->base, weight, CHURN_FUNCTION);
			if (until <= period->after)
				kpi_count_add(&state->churned, weight, CHURN_FUNCTION);
		}
	}
	else if (from < period->after && until > from)
		kpi_count_add(&state->new_customers, weight, CHURN_FUNCTION);
	kpi_state_updated(&kpi_churn_state_type, state, weight);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(churn_accum);
/* Transition function of churn_rate(timestamptz, timestamptz, tstzrange). */
Datum
churn_accum(PG_FUNCTION_ARGS)
{
	return churn_apply(fcinfo, false, 1);
}

PG_FUNCTION_INFO_V1(churn_retract);
/* Inverse transition of churn_rate(timestamptz, timestamptz, tstzrange). */
Datum
churn_retract(PG_FUNCTION_ARGS)
{
	return churn_apply(fcinfo, false, -1);
}

PG_FUNCTION_INFO_V1(churn_date_accum);
/* Transition function of churn_rate(date, date, daterange). */
Datum
churn_date_accum(PG_FUNCTION_ARGS)
{
	return churn_apply(fcinfo, true, 1);
}

PG_FUNCTION_INFO_V1(churn_date_retract);
/* Inverse transition of churn_rate(date, date, daterange). */
Datum
churn_date_retract(PG_FUNCTION_ARGS)
{
	return churn_apply(fcinfo, true, -1);
}

PG_FUNCTION_INFO_V1(churn_final);
/* Churn rate = 100 * churned / base, NULL for an empty base. */
Datum
churn_final(PG_FUNCTION_ARGS)
{
	ChurnState *state = (ChurnState *) PG_GETARG_POINTER(0);

	KPI_ASSERT_STATE(&kpi_churn_state_type, state);
	if (state->base == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(kpi_percent(state->churned, state->base));
}

PG_FUNCTION_INFO_V1(retention_final);
/*
 * Retention rate = 100 * (base - churned) / base, NULL for an empty base:
 * the retained count divided directly, so the value is the correctly
 * rounded percentage rather than 100 minus a rounded churn rate.
 */
Datum
retention_final(PG_FUNCTION_ARGS)
{
	ChurnState *state = (ChurnState *) PG_GETARG_POINTER(0);

	KPI_ASSERT_STATE(&kpi_churn_state_type, state);
	if (state->base == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(kpi_percent(state->base - state->churned, state->base));
}
