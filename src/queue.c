/*
 * queue.c
 *		Queue KPIs: service level, average speed of answer and abandonment
 *		rate.
 *
 * Service level and abandonment carry their threshold in the state: every
 * row of a group, and every state merged into it, must use the same one.
 */
#include "kpi.h"

/*
 * Count one contact into a service-level state.  Abandons within the
 * threshold count nowhere: the caller hung up before the goal was missed.
 */
static inline Datum
service_level_apply(FunctionCallInfo fcinfo, bool abandoned,
					const Interval *threshold, int64 weight)
{
	ServiceLevelState *state = kpi_state_for_update(fcinfo,
													sizeof(ServiceLevelState));
	int128		wait = kpi_interval_micros(PG_GETARG_INTERVAL_P(1),
										   "service_level", "wait");
	int64		limit = kpi_threshold_micros(threshold, "service_level",
											 "threshold");

	kpi_threshold_merge(&state->threshold_us, limit, "service_level",
						"threshold");
	if (!abandoned)
	{
		kpi_count_add(&state->answered, weight, "service_level");
		if (wait <= limit)
			kpi_count_add(&state->answered_within, weight, "service_level");
	}
	else if (wait > limit)
		kpi_count_add(&state->abandoned_after, weight, "service_level");
	kpi_state_updated(&kpi_service_level_state_type, state, weight);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(service_level_accum);
/* Transition function of service_level(wait, threshold). */
Datum
service_level_accum(PG_FUNCTION_ARGS)
{
	return service_level_apply(fcinfo, false, PG_GETARG_INTERVAL_P(2), 1);
}

PG_FUNCTION_INFO_V1(service_level_retract);
/* Inverse transition of service_level(wait, threshold). */
Datum
service_level_retract(PG_FUNCTION_ARGS)
{
	return service_level_apply(fcinfo, false, PG_GETARG_INTERVAL_P(2), -1);
}

PG_FUNCTION_INFO_V1(service_level_abandon_accum);
/* Transition function of service_level(wait, abandoned, threshold). */
Datum
service_level_abandon_accum(PG_FUNCTION_ARGS)
{
	return service_level_apply(fcinfo, PG_GETARG_BOOL(2),
							   PG_GETARG_INTERVAL_P(3), 1);
}

PG_FUNCTION_INFO_V1(service_level_abandon_retract);
/* Inverse transition of service_level(wait, abandoned, threshold). */
Datum
service_level_abandon_retract(PG_FUNCTION_ARGS)
{
	return service_level_apply(fcinfo, PG_GETARG_BOOL(2),
							   PG_GETARG_INTERVAL_P(3), -1);
}

PG_FUNCTION_INFO_V1(service_level_final);
/* SL = 100 * answered within / (answered + abandoned after threshold). */
Datum
service_level_final(PG_FUNCTION_ARGS)
{
	ServiceLevelState *state = (ServiceLevelState *) PG_GETARG_POINTER(0);
	int128		counted = (int128) state->answered + state->abandoned_after;

	KPI_ASSERT_STATE(&kpi_service_level_state_type, state);
	if (counted == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(kpi_percent(state->answered_within, counted));
}

/* Add one contact's wait to the ASA state if it was answered. */
static inline Datum
asa_apply(FunctionCallInfo fcinfo, int64 weight)
{
	AsaState   *state = kpi_state_for_update(fcinfo, sizeof(AsaState));
	int128		wait = kpi_interval_micros(PG_GETARG_INTERVAL_P(1),
										   "avg_speed_of_answer", "wait");

	if (!PG_GETARG_BOOL(2))
	{
		kpi_count_add(&state->answered, weight, "avg_speed_of_answer");
		kpi_micros_add(&state->wait_us, weight * wait, "avg_speed_of_answer");
		kpi_squares_add(&state->wait_us_squares, wait, weight,
						"avg_speed_of_answer");
	}
	kpi_state_updated(&kpi_asa_state_type, state, weight);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(asa_accum);
/* Transition function of avg_speed_of_answer(wait, abandoned). */
Datum
asa_accum(PG_FUNCTION_ARGS)
{
	return asa_apply(fcinfo, 1);
}

PG_FUNCTION_INFO_V1(asa_retract);
/* Inverse transition of avg_speed_of_answer(wait, abandoned). */
Datum
asa_retract(PG_FUNCTION_ARGS)
{
	return asa_apply(fcinfo, -1);
}

PG_FUNCTION_INFO_V1(asa_final);
/* ASA = total wait of answered contacts / answered, NULL if none. */
Datum
asa_final(PG_FUNCTION_ARGS)
{
	AsaState   *state = (AsaState *) PG_GETARG_POINTER(0);

	KPI_ASSERT_STATE(&kpi_asa_state_type, state);
	if (state->answered == 0)
		PG_RETURN_NULL();
	PG_RETURN_INTERVAL_P(kpi_mean_interval(state->wait_us, state->answered,
										   "avg_speed_of_answer"));
}

/*
 * Count one offered contact into an abandonment state.  The one-argument
 * form is the same KPI with a short-abandon limit of zero, so its states
 * merge with those of the three-argument form that used a zero limit.
 */
static inline Datum
abandonment_apply(FunctionCallInfo fcinfo, bool abandoned, int128 wait,
				  int64 limit, int64 weight)
{
	AbandonmentState *state = kpi_state_for_update(fcinfo,
												   sizeof(AbandonmentState));

	kpi_threshold_merge(&state->short_abandon_us, limit, "abandonment_rate",
						"short_abandon");
	kpi_count_add(&state->offered, weight, "abandonment_rate");
	if (abandoned)
	{
		kpi_count_add(&state->abandoned, weight, "abandonment_rate");
		if (wait < limit)
			kpi_count_add(&state->short_abandoned, weight,
						  "abandonment_rate");
	}
	kpi_state_updated(&kpi_abandonment_state_type, state, weight);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(abandonment_accum);
/* Transition function of abandonment_rate(abandoned). */
Datum
abandonment_accum(PG_FUNCTION_ARGS)
{
	return abandonment_apply(fcinfo, PG_GETARG_BOOL(1), 0, 0, 1);
}

PG_FUNCTION_INFO_V1(abandonment_retract);
/* Inverse transition of abandonment_rate(abandoned). */
Datum
abandonment_retract(PG_FUNCTION_ARGS)
{
	return abandonment_apply(fcinfo, PG_GETARG_BOOL(1), 0, 0, -1);
}

/* Apply one row of abandonment_rate(abandoned, wait, short_abandon). */
static inline Datum
abandonment_short_apply(FunctionCallInfo fcinfo, int64 weight)
{
	int128		wait = kpi_interval_micros(PG_GETARG_INTERVAL_P(2),
										   "abandonment_rate", "wait");
	int64		limit = kpi_threshold_micros(PG_GETARG_INTERVAL_P(3),
											 "abandonment_rate",
											 "short_abandon");

	return abandonment_apply(fcinfo, PG_GETARG_BOOL(1), wait, limit, weight);
}

PG_FUNCTION_INFO_V1(abandonment_short_accum);
/* Transition function of abandonment_rate(abandoned, wait, short_abandon). */
Datum
abandonment_short_accum(PG_FUNCTION_ARGS)
{
	return abandonment_short_apply(fcinfo, 1);
}

PG_FUNCTION_INFO_V1(abandonment_short_retract);
/* Inverse transition of abandonment_rate(abandoned, wait, short_abandon). */
Datum
abandonment_short_retract(PG_FUNCTION_ARGS)
{
	return abandonment_short_apply(fcinfo, -1);
}

PG_FUNCTION_INFO_V1(abandonment_final);
/* Rate = 100 * (abandoned - short) / (offered - short), NULL if none left. */
Datum
abandonment_final(PG_FUNCTION_ARGS)
{
	const AbandonmentState *state = (const AbandonmentState *) PG_GETARG_POINTER(0);
	int64		counted = state->offered - state->short_abandoned;

	KPI_ASSERT_STATE(&kpi_abandonment_state_type, state);
	if (counted == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(kpi_percent(state->abandoned - state->short_abandoned,
								 counted));
}
