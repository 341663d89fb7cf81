/*
 * handling.c
 *		Agent-time KPIs: average handle time, utilization and occupancy.
 *
 * Durations are summed as int128 microseconds; the transition function and
 * its inverse share one "apply" routine that adds or subtracts a row.
 */
#include "kpi.h"

/* Add one contact's handle time to the AHT state, with weight +1 or -1. */
static inline AhtState *
aht_apply(FunctionCallInfo fcinfo, int128 handle_us, int64 weight)
{
	AhtState   *state = kpi_state_for_update(fcinfo, sizeof(AhtState));

	kpi_count_add(&state->contacts, weight, "avg_handle_time");
	kpi_micros_add(&state->handle_us, weight * handle_us, "avg_handle_time");
	kpi_squares_add(&state->handle_us_squares, handle_us, weight,
					"avg_handle_time");
	kpi_state_updated(&kpi_aht_state_type, state, weight);
	return state;
}

/* Handle time of avg_handle_time(handle). */
static inline int128
aht_single_micros(FunctionCallInfo fcinfo)
{
	return kpi_interval_micros(PG_GETARG_INTERVAL_P(1), "avg_handle_time",
							   "handle");
}

/* Handle time of avg_handle_time(talk, hold, after_call_work). */
static inline int128
aht_parts_micros(FunctionCallInfo fcinfo)
{
	return kpi_interval_micros(PG_GETARG_INTERVAL_P(1), "avg_handle_time",
							   "talk")
		+ kpi_interval_micros(PG_GETARG_INTERVAL_P(2), "avg_handle_time",
							  "hold")
		+ kpi_interval_micros(PG_GETARG_INTERVAL_P(3), "avg_handle_time",
							  "after_call_work");
}

PG_FUNCTION_INFO_V1(aht_accum);
/* Transition function of avg_handle_time(interval). */
Datum
aht_accum(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(aht_apply(fcinfo, aht_single_micros(fcinfo), 1));
}

PG_FUNCTION_INFO_V1(aht_retract);
/* Inverse transition of avg_handle_time(interval). */
Datum
aht_retract(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(aht_apply(fcinfo, aht_single_micros(fcinfo), -1));
}

PG_FUNCTION_INFO_V1(aht_parts_accum);
/* Transition function of avg_handle_time(interval, interval, interval). */
Datum
aht_parts_accum(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(aht_apply(fcinfo, aht_parts_micros(fcinfo), 1));
}

PG_FUNCTION_INFO_V1(aht_parts_retract);
/* Inverse transition of avg_handle_time(interval, interval, interval). */
Datum
aht_parts_retract(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(aht_apply(fcinfo, aht_parts_micros(fcinfo), -1));
}

PG_FUNCTION_INFO_V1(aht_final);
/* AHT = total handle time / contacts, NULL without contacts. */
Datum
aht_final(PG_FUNCTION_ARGS)
{
	AhtState   *state = (AhtState *) PG_GETARG_POINTER(0);

	KPI_ASSERT_STATE(&kpi_aht_state_type, state);
	if (state->contacts == 0)
		PG_RETURN_NULL();
	PG_RETURN_INTERVAL_P(kpi_mean_interval(state->handle_us, state->contacts,
										   "avg_handle_time"));
}

/* Add one row's busy and scheduled time, with weight +1 or -1. */
static inline Datum
utilization_apply(FunctionCallInfo fcinfo, int64 weight)
{
	UtilizationState *state = kpi_state_for_update(fcinfo,
												   sizeof(UtilizationState));
	int128		busy = kpi_interval_micros(PG_GETARG_INTERVAL_P(1),
										   "utilization", "busy");
	int128		scheduled = kpi_interval_micros(PG_GETARG_INTERVAL_P(2),
												"utilization", "scheduled");

	kpi_micros_add(&state->busy_us, weight * busy, "utilization");
	kpi_micros_add(&state->scheduled_us, weight * scheduled, "utilization");
	kpi_state_updated(&kpi_utilization_state_type, state, weight);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(utilization_accum);
/* Transition function of utilization(interval, interval). */
Datum
utilization_accum(PG_FUNCTION_ARGS)
{
	return utilization_apply(fcinfo, 1);
}

PG_FUNCTION_INFO_V1(utilization_retract);
/* Inverse transition of utilization(interval, interval). */
Datum
utilization_retract(PG_FUNCTION_ARGS)
{
	return utilization_apply(fcinfo, -1);
}

PG_FUNCTION_INFO_V1(utilization_final);
/* Utilization = 100 * busy / scheduled, NULL when nothing was scheduled. */
Datum
utilization_final(PG_FUNCTION_ARGS)
{
	UtilizationState *state = (UtilizationState *) PG_GETARG_POINTER(0);

	KPI_ASSERT_STATE(&kpi_utilization_state_type, state);
	if (state->scheduled_us == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(kpi_percent(state->busy_us, state->scheduled_us));
}

/* Add one row's handle and idle time, with weight +1 or -1. */
static inline Datum
occupancy_apply(FunctionCallInfo fcinfo, int64 weight)
{
	OccupancyState *state = kpi_state_for_update(fcinfo,
												 sizeof(OccupancyState));
	int128		handle = kpi_interval_micros(PG_GETARG_INTERVAL_P(1),
											 "occupancy", "handle");
	int128		idle = kpi_interval_micros(PG_GETARG_INTERVAL_P(2),
										   "occupancy", "idle");

	kpi_micros_add(&state->handle_us, weight * handle, "occupancy");
	kpi_micros_add(&state->idle_us, weight * idle, "occupancy");
	kpi_state_updated(&kpi_occupancy_state_type, state, weight);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(occupancy_accum);
/* Transition function of occupancy(interval, interval). */
Datum
occupancy_accum(PG_FUNCTION_ARGS)
{
	return occupancy_apply(fcinfo, 1);
}

PG_FUNCTION_INFO_V1(occupancy_retract);
/* Inverse transition of occupancy(interval, interval). */
Datum
occupancy_retract(PG_FUNCTION_ARGS)
{
	return occupancy_apply(fcinfo, -1);
}

PG_FUNCTION_INFO_V1(occupancy_final);
/*
 * Occupancy = 100 * handle / (handle + idle), NULL when both are zero.  The
 * two sums are each below 2^127, so their total always fits in uint128: a
 * valid state never fails here.
 */
Datum
occupancy_final(PG_FUNCTION_ARGS)
{
	OccupancyState *state = (OccupancyState *) PG_GETARG_POINTER(0);
	uint128		on_queue;

	KPI_ASSERT_STATE(&kpi_occupancy_state_type, state);
	on_queue = (uint128) state->handle_us + (uint128) state->idle_us;
	if (on_queue == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(kpi_percent_unsigned((uint128) state->handle_us, on_queue));
}
