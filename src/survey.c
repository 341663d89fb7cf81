/*
 * survey.c
 *		Survey and ticket-outcome KPIs: Net Promoter Score, customer
 *		satisfaction, customer effort and first contact resolution.
 *
 * Each KPI has an accumulating transition function and its inverse for
 * moving window frames; both share one "apply" routine that adds +1 or -1,
 * so the two can never disagree on how a row is classified.  The KPIs that
 * take an integer score or count accept smallint, integer, bigint and
 * numeric like avg(): one entry point pair per type, all sharing the KPI's
 * apply routine, which reads the argument as int64 (kpi_integer_arg) and
 * checks its domain on that value.
 */
#include "kpi.h"

/* Count one NPS answer (0..10) into its bucket, with weight +1 or -1. */
static inline Datum
nps_apply(FunctionCallInfo fcinfo, int64 weight, KpiIntegerArgType type)
{
	NpsState   *state = kpi_state_for_update(fcinfo, sizeof(NpsState));
	int64		score = kpi_integer_arg(fcinfo, 1, type, "nps", "score");

	if (unlikely(score < 0 || score > 10))
		kpi_report_out_of_domain("nps", "score must be between 0 and 10",
								 score);
	if (score >= 9)
		kpi_count_add(&state->promoters, weight, "nps");
	else if (score >= 7)
		kpi_count_add(&state->passives, weight, "nps");
	else
		kpi_count_add(&state->detractors, weight, "nps");
	kpi_state_updated(&kpi_nps_state_type, state, weight);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(nps_accum);
/* Transition function of nps(integer). */
Datum
nps_accum(PG_FUNCTION_ARGS)
{
	return nps_apply(fcinfo, 1, KPI_ARG_INT4);
}

PG_FUNCTION_INFO_V1(nps_retract);
/* Inverse transition of nps(integer), for moving window frames. */
Datum
nps_retract(PG_FUNCTION_ARGS)
{
	return nps_apply(fcinfo, -1, KPI_ARG_INT4);
}

PG_FUNCTION_INFO_V1(nps_int2_accum);
/* Transition function of nps(score smallint). */
Datum
nps_int2_accum(PG_FUNCTION_ARGS)
{
	return nps_apply(fcinfo, 1, KPI_ARG_INT2);
}

PG_FUNCTION_INFO_V1(nps_int2_retract);
/* Inverse transition of nps(score smallint). */
Datum
nps_int2_retract(PG_FUNCTION_ARGS)
{
	return nps_apply(fcinfo, -1, KPI_ARG_INT2);
}

PG_FUNCTION_INFO_V1(nps_int8_accum);
/* Transition function of nps(score bigint). */
Datum
nps_int8_accum(PG_FUNCTION_ARGS)
{
	return nps_apply(fcinfo, 1, KPI_ARG_INT8);
}

PG_FUNCTION_INFO_V1(nps_int8_retract);
/* Inverse transition of nps(score bigint). */
Datum
nps_int8_retract(PG_FUNCTION_ARGS)
{
	return nps_apply(fcinfo, -1, KPI_ARG_INT8);
}

PG_FUNCTION_INFO_V1(nps_numeric_accum);
/* Transition function of nps(score numeric). */
Datum
nps_numeric_accum(PG_FUNCTION_ARGS)
{
	return nps_apply(fcinfo, 1, KPI_ARG_NUMERIC);
}

PG_FUNCTION_INFO_V1(nps_numeric_retract);
/* Inverse transition of nps(score numeric). */
Datum
nps_numeric_retract(PG_FUNCTION_ARGS)
{
	return nps_apply(fcinfo, -1, KPI_ARG_NUMERIC);
}

PG_FUNCTION_INFO_V1(nps_final);
/* NPS = 100 * (promoters - detractors) / answers, NULL without answers. */
Datum
nps_final(PG_FUNCTION_ARGS)
{
	NpsState   *state = (NpsState *) PG_GETARG_POINTER(0);
	int128		answers = (int128) state->promoters + state->passives +
		state->detractors;

	KPI_ASSERT_STATE(&kpi_nps_state_type, state);
	if (answers == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(kpi_percent((int128) state->promoters - state->detractors,
								 answers));
}

/* Count one CSAT answer on the 1..5 scale; 4 and 5 are satisfied. */
static inline Datum
csat_score_apply(FunctionCallInfo fcinfo, int64 weight, KpiIntegerArgType type)
{
	ShareState *state = kpi_state_for_update(fcinfo, sizeof(ShareState));
	int64		score = kpi_integer_arg(fcinfo, 1, type, "csat", "score");

	if (unlikely(score < 1 || score > 5))
		kpi_report_out_of_domain("csat", "score must be between 1 and 5",
								 score);
	if (score >= 4)
		kpi_count_add(&state->hits, weight, "csat");
	kpi_count_add(&state->total, weight, "csat");
	kpi_state_updated(&kpi_csat_state_type, state, weight);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(csat_score_accum);
/* Transition function of csat(integer). */
Datum
csat_score_accum(PG_FUNCTION_ARGS)
{
	return csat_score_apply(fcinfo, 1, KPI_ARG_INT4);
}

PG_FUNCTION_INFO_V1(csat_score_retract);
/* Inverse transition of csat(integer). */
Datum
csat_score_retract(PG_FUNCTION_ARGS)
{
	return csat_score_apply(fcinfo, -1, KPI_ARG_INT4);
}

PG_FUNCTION_INFO_V1(csat_score_int2_accum);
/* Transition function of csat(score smallint). */
Datum
csat_score_int2_accum(PG_FUNCTION_ARGS)
{
	return csat_score_apply(fcinfo, 1, KPI_ARG_INT2);
}

PG_FUNCTION_INFO_V1(csat_score_int2_retract);
/* Inverse transition of csat(score smallint). */
Datum
csat_score_int2_retract(PG_FUNCTION_ARGS)
{
	return csat_score_apply(fcinfo, -1, KPI_ARG_INT2);
}

PG_FUNCTION_INFO_V1(csat_score_int8_accum);
/* Transition function of csat(score bigint). */
Datum
csat_score_int8_accum(PG_FUNCTION_ARGS)
{
	return csat_score_apply(fcinfo, 1, KPI_ARG_INT8);
}

PG_FUNCTION_INFO_V1(csat_score_int8_retract);
/* Inverse transition of csat(score bigint). */
Datum
csat_score_int8_retract(PG_FUNCTION_ARGS)
{
	return csat_score_apply(fcinfo, -1, KPI_ARG_INT8);
}

PG_FUNCTION_INFO_V1(csat_score_numeric_accum);
/* Transition function of csat(score numeric). */
Datum
csat_score_numeric_accum(PG_FUNCTION_ARGS)
{
	return csat_score_apply(fcinfo, 1, KPI_ARG_NUMERIC);
}

PG_FUNCTION_INFO_V1(csat_score_numeric_retract);
/* Inverse transition of csat(score numeric). */
Datum
csat_score_numeric_retract(PG_FUNCTION_ARGS)
{
	return csat_score_apply(fcinfo, -1, KPI_ARG_NUMERIC);
}

/* Count one favourable-or-not flag into a share state. */
static inline Datum
share_flag_apply(FunctionCallInfo fcinfo, int64 weight,
				 const KpiStateType *type)
{
	ShareState *state = kpi_state_for_update(fcinfo, sizeof(ShareState));
	const char *function = type->function_name;

	if (PG_GETARG_BOOL(1))
		kpi_count_add(&state->hits, weight, function);
	kpi_count_add(&state->total, weight, function);
	kpi_state_updated(type, state, weight);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(csat_flag_accum);
/* Transition function of csat(boolean). */
Datum
csat_flag_accum(PG_FUNCTION_ARGS)
{
	return share_flag_apply(fcinfo, 1, &kpi_csat_state_type);
}

PG_FUNCTION_INFO_V1(csat_flag_retract);
/* Inverse transition of csat(boolean). */
Datum
csat_flag_retract(PG_FUNCTION_ARGS)
{
	return share_flag_apply(fcinfo, -1, &kpi_csat_state_type);
}

PG_FUNCTION_INFO_V1(fcr_flag_accum);
/* Transition function of fcr_rate(boolean). */
Datum
fcr_flag_accum(PG_FUNCTION_ARGS)
{
	return share_flag_apply(fcinfo, 1, &kpi_fcr_state_type);
}

PG_FUNCTION_INFO_V1(fcr_flag_retract);
/* Inverse transition of fcr_rate(boolean). */
Datum
fcr_flag_retract(PG_FUNCTION_ARGS)
{
	return share_flag_apply(fcinfo, -1, &kpi_fcr_state_type);
}

/* Count one ticket by its number of contacts; exactly 1 is a first-contact fix. */
static inline Datum
fcr_contacts_apply(FunctionCallInfo fcinfo, int64 weight,
				   KpiIntegerArgType type)
{
	ShareState *state = kpi_state_for_update(fcinfo, sizeof(ShareState));
	int64		contacts = kpi_integer_arg(fcinfo, 1, type, "fcr_rate",
										   "contacts");

	if (unlikely(contacts < 1))
		kpi_report_out_of_domain("fcr_rate", "contacts must be at least 1",
								 contacts);
	if (contacts == 1)
		kpi_count_add(&state->hits, weight, "fcr_rate");
	kpi_count_add(&state->total, weight, "fcr_rate");
	kpi_state_updated(&kpi_fcr_state_type, state, weight);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(fcr_contacts_accum);
/* Transition function of fcr_rate(integer). */
Datum
fcr_contacts_accum(PG_FUNCTION_ARGS)
{
	return fcr_contacts_apply(fcinfo, 1, KPI_ARG_INT4);
}

PG_FUNCTION_INFO_V1(fcr_contacts_retract);
/* Inverse transition of fcr_rate(integer). */
Datum
fcr_contacts_retract(PG_FUNCTION_ARGS)
{
	return fcr_contacts_apply(fcinfo, -1, KPI_ARG_INT4);
}

PG_FUNCTION_INFO_V1(fcr_contacts_int2_accum);
/* Transition function of fcr_rate(contacts smallint). */
Datum
fcr_contacts_int2_accum(PG_FUNCTION_ARGS)
{
	return fcr_contacts_apply(fcinfo, 1, KPI_ARG_INT2);
}

PG_FUNCTION_INFO_V1(fcr_contacts_int2_retract);
/* Inverse transition of fcr_rate(contacts smallint). */
Datum
fcr_contacts_int2_retract(PG_FUNCTION_ARGS)
{
	return fcr_contacts_apply(fcinfo, -1, KPI_ARG_INT2);
}

PG_FUNCTION_INFO_V1(fcr_contacts_int8_accum);
/* Transition function of fcr_rate(contacts bigint). */
Datum
fcr_contacts_int8_accum(PG_FUNCTION_ARGS)
{
	return fcr_contacts_apply(fcinfo, 1, KPI_ARG_INT8);
}

PG_FUNCTION_INFO_V1(fcr_contacts_int8_retract);
/* Inverse transition of fcr_rate(contacts bigint). */
Datum
fcr_contacts_int8_retract(PG_FUNCTION_ARGS)
{
	return fcr_contacts_apply(fcinfo, -1, KPI_ARG_INT8);
}

PG_FUNCTION_INFO_V1(fcr_contacts_numeric_accum);
/* Transition function of fcr_rate(contacts numeric). */
Datum
fcr_contacts_numeric_accum(PG_FUNCTION_ARGS)
{
	return fcr_contacts_apply(fcinfo, 1, KPI_ARG_NUMERIC);
}

PG_FUNCTION_INFO_V1(fcr_contacts_numeric_retract);
/* Inverse transition of fcr_rate(contacts numeric). */
Datum
fcr_contacts_numeric_retract(PG_FUNCTION_ARGS)
{
	return fcr_contacts_apply(fcinfo, -1, KPI_ARG_NUMERIC);
}

PG_FUNCTION_INFO_V1(share_final);
/*
 * Final function of csat and fcr_rate: 100 * hits / total, NULL if empty.
 * The two state types share one layout and one rule, so the csat
 * descriptor checks both.
 */
Datum
share_final(PG_FUNCTION_ARGS)
{
	ShareState *state = (ShareState *) PG_GETARG_POINTER(0);

	KPI_ASSERT_STATE(&kpi_csat_state_type, state);
	if (state->total == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(kpi_percent(state->hits, state->total));
}

/* Add one effort score (1..7) to the sum, with weight +1 or -1. */
static inline Datum
ces_apply(FunctionCallInfo fcinfo, int64 weight, KpiIntegerArgType type)
{
	CesState   *state = kpi_state_for_update(fcinfo, sizeof(CesState));
	int64		score = kpi_integer_arg(fcinfo, 1, type, "ces", "score");

	if (unlikely(score < 1 || score > 7))
		kpi_report_out_of_domain("ces", "score must be between 1 and 7",
								 score);
	kpi_count_add(&state->responses, weight, "ces");
	kpi_count_add(&state->score_sum, weight * score, "ces");
	kpi_count_add(&state->score_squares, weight * score * score, "ces");
	kpi_state_updated(&kpi_ces_state_type, state, weight);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(ces_accum);
/* Transition function of ces(integer). */
Datum
ces_accum(PG_FUNCTION_ARGS)
{
	return ces_apply(fcinfo, 1, KPI_ARG_INT4);
}

PG_FUNCTION_INFO_V1(ces_retract);
/* Inverse transition of ces(integer). */
Datum
ces_retract(PG_FUNCTION_ARGS)
{
	return ces_apply(fcinfo, -1, KPI_ARG_INT4);
}

PG_FUNCTION_INFO_V1(ces_int2_accum);
/* Transition function of ces(score smallint). */
Datum
ces_int2_accum(PG_FUNCTION_ARGS)
{
	return ces_apply(fcinfo, 1, KPI_ARG_INT2);
}

PG_FUNCTION_INFO_V1(ces_int2_retract);
/* Inverse transition of ces(score smallint). */
Datum
ces_int2_retract(PG_FUNCTION_ARGS)
{
	return ces_apply(fcinfo, -1, KPI_ARG_INT2);
}

PG_FUNCTION_INFO_V1(ces_int8_accum);
/* Transition function of ces(score bigint). */
Datum
ces_int8_accum(PG_FUNCTION_ARGS)
{
	return ces_apply(fcinfo, 1, KPI_ARG_INT8);
}

PG_FUNCTION_INFO_V1(ces_int8_retract);
/* Inverse transition of ces(score bigint). */
Datum
ces_int8_retract(PG_FUNCTION_ARGS)
{
	return ces_apply(fcinfo, -1, KPI_ARG_INT8);
}

PG_FUNCTION_INFO_V1(ces_numeric_accum);
/* Transition function of ces(score numeric). */
Datum
ces_numeric_accum(PG_FUNCTION_ARGS)
{
	return ces_apply(fcinfo, 1, KPI_ARG_NUMERIC);
}

PG_FUNCTION_INFO_V1(ces_numeric_retract);
/* Inverse transition of ces(score numeric). */
Datum
ces_numeric_retract(PG_FUNCTION_ARGS)
{
	return ces_apply(fcinfo, -1, KPI_ARG_NUMERIC);
}

PG_FUNCTION_INFO_V1(ces_final);
/* CES = mean effort score, NULL without answers. */
Datum
ces_final(PG_FUNCTION_ARGS)
{
	CesState   *state = (CesState *) PG_GETARG_POINTER(0);

	KPI_ASSERT_STATE(&kpi_ces_state_type, state);
	if (state->responses == 0)
		PG_RETURN_NULL();
	/* correctly rounded: a mean of 7s stays 7 beyond 2^53 responses */
	PG_RETURN_FLOAT8(kpi_mean_of_counts(state->score_sum, state->responses));
}
