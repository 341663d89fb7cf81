/*
 * shrinkage.c
 *		The workforce KPI shrinkage: the share of paid time agents are not
 *		available to work (sick leave, holidays, training, meetings,
 *		breaks), as 100 * unavailable / paid.
 *
 * "At most 2% sick leave" and "30% shrinkage" are measured the same way,
 * over whatever rows the query picks.  A row may carry unavailable time
 * without paid time (an absence) or the reverse, so neither bounds the
 * other, and a result above 100 shows inconsistent data rather than being
 * clamped.  Sums are int128 microseconds; the transition function and its
 * inverse share one "apply" routine.
 */
#include "kpi.h"

/* Add one row's unavailable and paid time, with weight +1 or -1. */
static inline Datum
shrinkage_apply(FunctionCallInfo fcinfo, int64 weight)
{
	ShrinkageState *state = kpi_state_for_update(fcinfo,
												 sizeof(ShrinkageState));
	int128		unavailable = kpi_interval_micros(PG_GETARG_INTERVAL_P(1),
												  "shrinkage", "unavailable");
	int128		paid = kpi_interval_micros(PG_GETARG_INTERVAL_P(2),
										   "shrinkage", "paid");

	kpi_micros_add(&state->unavailable_us, weight * unavailable, "shrinkage");
	kpi_micros_add(&state->paid_us, weight * paid, "shrinkage");
	kpi_state_updated(&kpi_shrinkage_state_type, state, weight);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(shrinkage_accum);
/* Transition function of shrinkage(interval, interval). */
Datum
shrinkage_accum(PG_FUNCTION_ARGS)
{
	return shrinkage_apply(fcinfo, 1);
}

PG_FUNCTION_INFO_V1(shrinkage_retract);
/* Inverse transition of shrinkage(interval, interval). */
Datum
shrinkage_retract(PG_FUNCTION_ARGS)
{
	return shrinkage_apply(fcinfo, -1);
}

PG_FUNCTION_INFO_V1(shrinkage_final);
/* Shrinkage = 100 * unavailable / paid, NULL when nothing was paid. */
Datum
shrinkage_final(PG_FUNCTION_ARGS)
{
	ShrinkageState *state = (ShrinkageState *) PG_GETARG_POINTER(0);

	KPI_ASSERT_STATE(&kpi_shrinkage_state_type, state);
	if (state->paid_us == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(kpi_percent(state->unavailable_us, state->paid_us));
}
