/*
 * erlang.c
 *		Staffing from targets: the SQL functions of Erlang C (callers wait
 *		as long as it takes) and Erlang A (callers hang up after an
 *		exponential patience), and the agents a kpi_target needs.
 *
 * The formulas are in erlang_math.c; this file turns intervals into
 * microseconds, checks every argument, and searches the number of agents.
 * The offered traffic is A = calls * AHT / period in Erlangs.
 */
#include "kpi.h"

#include <math.h>

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"

/* The offered load of one period, as every staffing function takes it. */
typedef struct StaffingLoad
{
	double		calls;			/* offered in the period, >= 0 */
	double		aht_us;			/* average handle time */
	double		period_us;		/* > 0 */
	double		traffic;		/* calls * AHT / period, Erlangs */
} StaffingLoad;

/* What erlang_*_agents must reach: a service level or a speed of answer. */
typedef struct StaffingGoal
{
	bool		is_asa;			/* duration target: ASA; else service level */
	uint8		comparator;
	double		percent;		/* service level goal, 0..100 */
	int64		asa_us;			/* ASA goal */
	double		threshold_us;	/* the service level's threshold */
} StaffingGoal;

/* Error for a staffing argument outside its domain (22023, with a hint). */
pg_noreturn static void report_bad_argument(const char *function, const char *rule,
											const char *detail, const char *hint);

/* Error for a number of agents beyond integer (22003). */
pg_noreturn static void report_too_many_agents(const char *function, double agents);

/* The comparator of a kpi_target, for messages. */
static const char *
comparator_name(uint8 comparator)
{
	static const char *const names[] = {">=", ">", "<=", "<"};

	return names[comparator];
}

/* Error for a staffing argument outside its domain. */
static void
report_bad_argument(const char *function, const char *rule,
					const char *detail, const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: %s", function, rule),
			 errdetail("%s", detail),
			 errhint("%s", hint)));
}

/*
 * A duration argument in microseconds: negative ones are errors, and so
 * is zero when the argument must be positive.
 */
static double
duration_argument(FunctionCallInfo fcinfo, int argno, const char *function,
				  const char *name, bool positive, const char *hint)
{
	const Interval *span = PG_GETARG_INTERVAL_P(argno);
	int128		micros = kpi_interval_arg_micros(span, function, name);

	if (micros < 0 || (positive && micros == 0))
		report_bad_argument(function,
							psprintf("%s must be a %s duration", name,
									 positive ? "positive" : "non-negative"),
							psprintf("Got %s.",
									 kpi_interval_text(span)),
							hint);
	return (double) micros;
}

/*
 * Read calls, aht and period from consecutive arguments and compute the
 * offered traffic.  Traffic beyond KPI_ERLANG_MAX_TRAFFIC is refused: the
 * recursions take time proportional to it.
 */
static void
load_arguments(FunctionCallInfo fcinfo, int first, const char *function,
			   StaffingLoad *load)
{
	load->calls = PG_GETARG_FLOAT8(first);
	if (isnan(load->calls) || isinf(load->calls) || load->calls < 0)
		report_bad_argument(function,
							"calls must be a finite, non-negative number",
							psprintf("Got %.15g.", load->calls),
							"calls is the number of calls offered in one period, e.g. 100 per '30 min'.");
	load->aht_us = duration_argument(fcinfo, first + 1, function, "aht", false,
									 "aht is the average handle time of a call, e.g. '3 min'.");
	load->period_us = duration_argument(fcinfo, first + 2, function, "period", true,
										"period is the interval the calls arrive in, e.g. '30 min'.");
	load->calls = kpi_positive_zero(load->calls);
	load->traffic = load->calls * load->aht_us / load->period_us;
	if (!(load->traffic <= KPI_ERLANG_MAX_TRAFFIC))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s: the offered traffic must not exceed 10000000 Erlangs",
						function),
				 errdetail("calls * aht / period is %g Erlangs.", load->traffic),
				 errhint("Split the calls into smaller queues or periods.")));
}

/* The agents argument, which must not be negative. */
static int64
agents_argument(FunctionCallInfo fcinfo, const char *function)
{
	int32		agents = PG_GETARG_INT32(0);

	if (agents < 0)
		report_bad_argument(function, "agents must not be negative",
							psprintf("Got %d.", agents),
							"agents is the number of agents answering calls.");
	return agents;
}

/* A duration in microseconds as an interval, rounded half up. */
static Interval *
micros_interval(double micros, const char *function)
{
	double		rounded = floor(micros + 0.5);

	if (!(rounded < 9223372036854775807.0))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s: the mean speed of answer is out of range for type interval",
						function),
				 errdetail("It is %g microseconds.", micros)));
	return kpi_micros_interval((int64) rounded);
}

/*
 * An ASA in microseconds rounded as micros_interval() rounds it; false
 * when that is beyond bigint (which no goal is) or infinite (an unstable
 * queue).
 */
static bool
rounded_micros(double micros, int64 *rounded)
{
	double		nearest = floor(micros + 0.5);

	if (!(nearest < 9223372036854775807.0))
		return false;
	*rounded = (int64) nearest;
	return true;
}

/* Erlang C probability that a call waits; nobody waits without calls. */
static double
erlang_c_wait(int64 agents, const StaffingLoad *load)
{
	if (load->calls == 0)
		return 0.0;
	return kpi_erlang_c_from_b(agents, load->traffic,
							   kpi_erlang_b(agents, load->traffic));
}

PG_FUNCTION_INFO_V1(erlang_c_wait_probability);
/* erlang_c_wait_probability(agents, calls, aht, period): 0..1. */
Datum
erlang_c_wait_probability(PG_FUNCTION_ARGS)
{
	const char *function = "erlang_c_wait_probability";
	int64		agents = agents_argument(fcinfo, function);
	StaffingLoad load;

	load_arguments(fcinfo, 1, function, &load);
	PG_RETURN_FLOAT8(erlang_c_wait(agents, &load));
}

PG_FUNCTION_INFO_V1(erlang_c_service_level);
/* erlang_c_service_level(agents, calls, aht, period, threshold): percent. */
Datum
erlang_c_service_level(PG_FUNCTION_ARGS)
{
	const char *function = "erlang_c_service_level";
	int64		agents = agents_argument(fcinfo, function);
	StaffingLoad load;
	double		threshold_us;

	load_arguments(fcinfo, 1, function, &load);
	threshold_us = duration_argument(fcinfo, 4, function, "threshold", false,
									 "threshold is the answer time of the service level, e.g. '20 s'.");
	PG_RETURN_FLOAT8(kpi_erlang_c_service_level(agents, load.traffic,
												erlang_c_wait(agents, &load),
												threshold_us, load.aht_us));
}

PG_FUNCTION_INFO_V1(erlang_c_asa);
/* erlang_c_asa(agents, calls, aht, period): interval, NULL when unstable. */
Datum
erlang_c_asa(PG_FUNCTION_ARGS)
{
	const char *function = "erlang_c_asa";
	int64		agents = agents_argument(fcinfo, function);
	StaffingLoad load;
	double		asa_us;

	load_arguments(fcinfo, 1, function, &load);
	if (load.calls == 0)
		asa_us = 0.0;
	else
		asa_us = kpi_erlang_c_asa_us(agents, load.traffic,
									 erlang_c_wait(agents, &load), load.aht_us);
	if (isinf(asa_us))
		PG_RETURN_NULL();
	PG_RETURN_INTERVAL_P(micros_interval(asa_us, function));
}

/*
 * The goal of erlang_*_agents from its target and threshold arguments: a
 * percent target (">= 80%") is a service level within the threshold, a
 * duration target ("< 30 s") an average speed of answer.  The warning
 * threshold of the target plays no part: staffing aims at the goal.
 */
static void
goal_arguments(FunctionCallInfo fcinfo, int target_arg, int threshold_arg,
			   const char *function, StaffingGoal *goal)
{
	KpiTarget  *target = (KpiTarget *) PG_GETARG_POINTER(target_arg);
	const char *higher = "A service level target reads \">= 80%\"; a speed of answer target \"<= 30 s\".";

	memset(goal, 0, sizeof(*goal));
	goal->comparator = target->comparator;
	if (target->unit == KPI_UNIT_PERCENT)
	{
		if (!kpi_target_higher_is_better(target->comparator))
			report_bad_argument(function,
								"a percent target is a service level and must read \">=\" or \">\"",
								psprintf("Got comparator %s.",
										 comparator_name(target->comparator)),
								higher);
		if (!(target->goal.number >= 0 && target->goal.number < 100))
			report_bad_argument(function,
								"a service level goal must be at least 0% and below 100%",
								psprintf("Got %.15g%%.", target->goal.number),
								"No number of agents answers every call within a threshold while calls can wait.");
		if (PG_ARGISNULL(threshold_arg))
			report_bad_argument(function,
								"a service level target needs a threshold",
								psprintf("The goal is %g%% within no threshold.",
										 target->goal.number),
								"Pass the answer time of the service level, e.g. '20 s' for 80% in 20 seconds.");
		goal->percent = target->goal.number;
		goal->threshold_us = duration_argument(fcinfo, threshold_arg, function,
											   "threshold", false,
											   "threshold is the answer time of the service level, e.g. '20 s'.");
	}
	else if (target->unit == KPI_UNIT_DURATION)
	{
		if (kpi_target_higher_is_better(target->comparator))
			report_bad_argument(function,
								"a duration target is an average speed of answer and must read \"<=\" or \"<\"",
								psprintf("Got comparator %s.",
										 comparator_name(target->comparator)),
								higher);
		if (target->goal.micros < 0 ||
			(target->goal.micros == 0 && target->comparator == KPI_CMP_LT))
			report_bad_argument(function,
								"no speed of answer is below this goal",
								psprintf("The goal is %s " INT64_FORMAT " microseconds.",
										 comparator_name(target->comparator),
										 target->goal.micros),
								higher);
		goal->is_asa = true;
		goal->asa_us = target->goal.micros;
	}
	else
		report_bad_argument(function,
							"the target must be a percent (service level) or a duration (speed of answer)",
							psprintf("Got a plain number target of %g.",
									 target->goal.number),
							higher);
}

/* Whether a service level or a rounded ASA meets the goal. */
static bool
goal_met(const StaffingGoal *goal, double service_level, double asa_us)
{
	if (goal->is_asa)
	{
		int64		asa;

		/*
		 * An ASA beyond bigint misses every goal; clamped to its largest
		 * value it would meet "<= 9223372036854775807 microseconds", and
		 * so would an unstable queue.
		 */
		if (!rounded_micros(asa_us, &asa))
			return false;
		return goal->comparator == KPI_CMP_LE ? asa <= goal->asa_us :
			asa < goal->asa_us;
	}
	return goal->comparator == KPI_CMP_GE ? service_level >= goal->percent :
		service_level > goal->percent;
}

/* The max_occupancy argument: a percent in (0, 100]. */
static double
occupancy_argument(FunctionCallInfo fcinfo, int argno, const char *function)
{
	double		cap = PG_GETARG_FLOAT8(argno);

	if (!(cap > 0 && cap <= 100))
		report_bad_argument(function,
							"max_occupancy must be a percent above 0 and at most 100",
							psprintf("Got %.15g.", cap),
							"85 caps the time agents spend on calls at 85% of their time on the phones.");
	return cap;
}

/* The shrinkage argument: a percent in [0, 100). */
static double
shrinkage_argument(FunctionCallInfo fcinfo, int argno, const char *function)
{
	double		shrinkage = PG_GETARG_FLOAT8(argno);

	if (!(shrinkage >= 0 && shrinkage < 100))
		report_bad_argument(function,
							"shrinkage must be a percent of at least 0 and below 100",
							psprintf("Got %.15g.", shrinkage),
							"30 means that 30% of paid time is spent away from the phones.");
	return shrinkage;
}

/* Error for a number of agents beyond integer; agents is where it got. */
static void
report_too_many_agents(const char *function, double agents)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s: the agents needed are out of range for type integer",
					function),
			 errdetail("The count reached %.0f; an integer holds at most 2147483647.",
					   agents)));
}

/*
 * Agents to schedule for those on the phones: the smallest m with
 * m (1 - shrinkage / 100) >= agents.  The percent is taken to nine
 * decimals and the rest is integer arithmetic, so that 14 agents at 30%
 * give exactly 20 and at 99.9% exactly 14000, where the floating-point
 * 100 - 99.9 is 0.09999999999999432 and a division would round up.
 */
static int32
scheduled_agents(int64 agents, double shrinkage, const char *function)
{
	int128		available = (int128) llround((100.0 - shrinkage) * 1e9);
	int128		needed = (int128) agents * 100 * 1000000000;
	int128		scheduled;

	if (available <= 0)
		report_bad_argument(function,
							"shrinkage must be below 100 to nine decimals",
							psprintf("Got %.17g.", shrinkage),
							"30 means that 30% of paid time is spent away from the phones.");
	scheduled = (needed + available - 1) / available;
	if (scheduled > PG_INT32_MAX)
		report_too_many_agents(function, (double) scheduled);
	return (int32) scheduled;
}

PG_FUNCTION_INFO_V1(erlang_c_agents);
/*
 * erlang_c_agents(calls, aht, period, target, threshold, max_occupancy,
 * shrinkage): the fewest agents whose Erlang C service level or ASA meets
 * the target, raised to respect the occupancy cap, then grossed up for
 * shrinkage.  NULL when an argument other than threshold is NULL.
 */
Datum
erlang_c_agents(PG_FUNCTION_ARGS)
{
	const char *function = "erlang_c_agents";
	StaffingLoad load;
	StaffingGoal goal;
	double		cap;
	double		shrinkage;
	KpiErlangB	erlang;
	int64		agents = 0;

	for (int i = 0; i < 7; i++)
		if (i != 4 && PG_ARGISNULL(i))
			PG_RETURN_NULL();
	load_arguments(fcinfo, 0, function, &load);
	goal_arguments(fcinfo, 3, 4, function, &goal);
	cap = occupancy_argument(fcinfo, 5, function);
	shrinkage = shrinkage_argument(fcinfo, 6, function);

	/* no calls, no agents; otherwise the first stable count that meets it */
	if (load.calls > 0)
	{
		/* no count up to the traffic is stable: go straight past them */
		kpi_erlang_b_start(&erlang, load.traffic);
		kpi_erlang_b_advance(&erlang, (int64) floor(load.traffic));
		for (;;)
		{
			double		wait;

			/* a step per agent: up to 120,000 above 10,000,000 Erlangs */
			CHECK_FOR_INTERRUPTS();
			if (erlang.agents >= PG_INT32_MAX)
				report_too_many_agents(function, (double) erlang.agents);
			kpi_erlang_b_next(&erlang);
			if ((double) erlang.agents <= load.traffic)
				continue;
			wait = kpi_erlang_c_from_b(erlang.agents, load.traffic,
									   erlang.blocking);
			if (goal_met(&goal,
						 goal.is_asa ? 0.0 :
						 kpi_erlang_c_service_level(erlang.agents, load.traffic,
													wait, goal.threshold_us,
													load.aht_us),
						 goal.is_asa ?
						 kpi_erlang_c_asa_us(erlang.agents, load.traffic, wait,
											 load.aht_us) : 0.0))
				break;
		}
		agents = erlang.agents;
	}

	/* occupancy 100 A / N, the expression erlang_c_table shows */
	if (load.traffic > 0 && 100.0 * load.traffic / (double) agents > cap)
	{
		double		n = ceil(100.0 * load.traffic / cap);

		/*
		 * Refuse before the search: ceil() is within an agent of the
		 * answer, and beyond 2^53 n - 1 equals n, so the steps below
		 * would never end.
		 */
		if (n - 1.0 > (double) PG_INT32_MAX)
			report_too_many_agents(function, n);
		while (n > 1 && 100.0 * load.traffic / (n - 1) <= cap)
			n--;
		while (100.0 * load.traffic / n > cap)
			n++;
		if (n > PG_INT32_MAX)
			report_too_many_agents(function, (double) n);
		agents = (int64) n;
	}
	PG_RETURN_INT32(scheduled_agents(agents, shrinkage, function));
}

PG_FUNCTION_INFO_V1(erlang_c_table);
/*
 * erlang_c_table(calls, aht, period, threshold): one row per number of
 * agents, from the first above the traffic until the service level passes
 * 99.9%: agents, wait probability, service level, ASA, occupancy.
 */
Datum
erlang_c_table(PG_FUNCTION_ARGS)
{
	const char *function = "erlang_c_table";
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	StaffingLoad load;
	double		threshold_us;
	KpiErlangB	erlang;

	load_arguments(fcinfo, 0, function, &load);
	threshold_us = duration_argument(fcinfo, 3, function, "threshold", false,
									 "threshold is the answer time of the service level, e.g. '20 s'.");
	InitMaterializedSRF(fcinfo, 0);

	kpi_erlang_b_start(&erlang, load.traffic);
	kpi_erlang_b_advance(&erlang, (int64) floor(load.traffic));
	for (;;)
	{
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};
		double		wait;
		double		service_level;
		double		asa_us;

		/* a row per agent: about 10,000 above 10,000,000 Erlangs */
		CHECK_FOR_INTERRUPTS();
		if (erlang.agents >= PG_INT32_MAX)
			report_too_many_agents(function, (double) erlang.agents);
		kpi_erlang_b_next(&erlang);
		if ((double) erlang.agents <= load.traffic)
			continue;
		wait = load.calls == 0 ? 0.0 :
			kpi_erlang_c_from_b(erlang.agents, load.traffic, erlang.blocking);
		service_level = kpi_erlang_c_service_level(erlang.agents, load.traffic,
												   wait, threshold_us,
												   load.aht_us);
		asa_us = kpi_erlang_c_asa_us(erlang.agents, load.traffic, wait,
									 load.aht_us);
		values[0] = Int32GetDatum((int32) erlang.agents);
		values[1] = Float8GetDatum(wait);
		values[2] = Float8GetDatum(service_level);
		/* infinite when the agents exceed the traffic only by its rounding */
		if (isinf(asa_us))
			nulls[3] = true;
		else
			values[3] = IntervalPGetDatum(micros_interval(asa_us, function));
		values[4] = Float8GetDatum(100.0 * load.traffic / (double) erlang.agents);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		if (service_level > 99.9)
			break;
	}
	return (Datum) 0;
}

/*
 * Error for a queue that does not settle within KPI_ERLANG_A_MAX_TERMS
 * waiting callers (54000).
 */
pg_noreturn static void
report_unsettled(const char *function, int64 agents, const StaffingLoad *load,
				 double patience_us)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("%s: the queue of %lld agents does not settle within %lld waiting callers",
					function, (long long) agents,
					(long long) KPI_ERLANG_A_MAX_TERMS),
			 errdetail("Traffic %g Erlangs, mean patience %g s.",
					   load->traffic, patience_us / USECS_PER_SEC),
			 errhint("With patience this long compared with the handle time, Erlang C gives the same answer when there are more agents than Erlangs.")));
}

/*
 * Erlang A for one number of agents; false when its queue does not settle
 * within KPI_ERLANG_A_MAX_TERMS waiting callers.  theta = AHT / patience
 * is the abandonment rate in calls per AHT.  Without calls nobody waits;
 * with calls but no traffic (no handle time, or so few calls that the
 * traffic underflows) agents answer at once, and without agents every
 * caller hangs up after his patience.
 */
static bool
erlang_a_evaluate(int64 agents, const StaffingLoad *load, double patience_us,
				  double threshold_us, KpiErlangA *result)
{
	if (load->calls == 0 || (load->traffic == 0 && agents > 0))
	{
		result->wait_probability = 0.0;
		result->service_level = 100.0;
		result->abandonment = 0.0;
		result->queue_time = 0.0;
		result->occupancy = 0.0;
		return true;
	}
	if (agents == 0)
	{
		/*
		 * No agents: everyone waits his whole patience, then hangs up.
		 * Exact, where the chain (a Poisson of mean A / theta) would not
		 * settle within KPI_ERLANG_A_MAX_TERMS callers for a long patience.
		 */
		result->wait_probability = 1.0;
		result->service_level = 0.0;
		result->abandonment = 100.0;
		result->queue_time = INFINITY;	/* erlang_a_queue_us: the patience */
		result->occupancy = 0.0;
		return true;
	}
	return kpi_erlang_a(agents, load->traffic, load->aht_us / patience_us,
						threshold_us / load->aht_us, result);
}

/* Erlang A mean time in queue in microseconds. */
static double
erlang_a_queue_us(const KpiErlangA *result, const StaffingLoad *load,
				  double patience_us)
{
	if (isinf(result->queue_time))
		return patience_us;
	return result->queue_time * load->aht_us;
}

/* The patience argument, a positive interval. */
static double
patience_argument(FunctionCallInfo fcinfo, int argno, const char *function)
{
	return duration_argument(fcinfo, argno, function, "patience", true,
							 "patience is how long callers wait on average before they hang up, e.g. '2 min'.");
}

/*
 * Read the arguments every Erlang A function shares (agents, calls, aht,
 * period, patience and, for the service level, the threshold) in argument
 * order, and evaluate the queue.
 */
static void
erlang_a_call(FunctionCallInfo fcinfo, const char *function,
			  bool with_threshold, StaffingLoad *load, double *patience_us,
			  KpiErlangA *result)
{
	int64		agents = agents_argument(fcinfo, function);
	double		threshold_us = 0.0;

	load_arguments(fcinfo, 1, function, load);
	*patience_us = patience_argument(fcinfo, 4, function);
	if (with_threshold)
		threshold_us = duration_argument(fcinfo, 5, function, "threshold", false,
										 "threshold is the answer time of the service level, e.g. '20 s'.");
	if (!erlang_a_evaluate(agents, load, *patience_us, threshold_us, result))
		report_unsettled(function, agents, load, *patience_us);
}

PG_FUNCTION_INFO_V1(erlang_a_service_level);
/*
 * erlang_a_service_level(agents, calls, aht, period, patience, threshold):
 * percent of offered calls answered within the threshold.
 */
Datum
erlang_a_service_level(PG_FUNCTION_ARGS)
{
	StaffingLoad load;
	double		patience_us;
	KpiErlangA	result;

	erlang_a_call(fcinfo, "erlang_a_service_level", true, &load, &patience_us,
				  &result);
	PG_RETURN_FLOAT8(result.service_level);
}

PG_FUNCTION_INFO_V1(erlang_a_abandonment);
/*
 * erlang_a_abandonment(agents, calls, aht, period, patience): percent of
 * offered calls that hang up before an agent answers.
 */
Datum
erlang_a_abandonment(PG_FUNCTION_ARGS)
{
	StaffingLoad load;
	double		patience_us;
	KpiErlangA	result;

	erlang_a_call(fcinfo, "erlang_a_abandonment", false, &load, &patience_us,
				  &result);
	PG_RETURN_FLOAT8(result.abandonment);
}

PG_FUNCTION_INFO_V1(erlang_a_asa);
/*
 * erlang_a_asa(agents, calls, aht, period, patience): mean time callers
 * spend in queue, answered or not (Lq / lambda).
 */
Datum
erlang_a_asa(PG_FUNCTION_ARGS)
{
	StaffingLoad load;
	double		patience_us;
	KpiErlangA	result;

	erlang_a_call(fcinfo, "erlang_a_asa", false, &load, &patience_us, &result);
	PG_RETURN_INTERVAL_P(micros_interval(erlang_a_queue_us(&result, &load,
														   patience_us),
										 "erlang_a_asa"));
}

/*
 * What the Erlang A agent searches test a number of agents against, and
 * what they found out on the way.
 */
typedef struct ErlangASearch
{
	const char *function;
	const StaffingLoad *load;
	double		patience_us;
	const StaffingGoal *goal;
	double		cap;			/* max_occupancy, percent */
	int64		unsettled;		/* the most agents whose queue did not
								 * settle, -1 for none so far */
} ErlangASearch;

/*
 * Erlang A for a count the search tries.  A queue that does not settle
 * within KPI_ERLANG_A_MAX_TERMS waiting callers counts as failing
 * whatever the goal (false), and is noted: too few agents for a patience
 * so long that millions of callers wait.
 */
static bool
erlang_a_search_evaluate(int64 agents, ErlangASearch *search,
						 double threshold_us, KpiErlangA *result)
{
	if (erlang_a_evaluate(agents, search->load, search->patience_us,
						  threshold_us, result))
		return true;
	search->unsettled = Max(search->unsettled, agents);
	return false;
}

/* Whether Erlang A with this many agents meets the goal. */
static bool
erlang_a_meets(int64 agents, ErlangASearch *search)
{
	KpiErlangA	result;

	if (!erlang_a_search_evaluate(agents, search, search->goal->threshold_us,
								  &result))
		return false;
	return goal_met(search->goal, result.service_level,
					erlang_a_queue_us(&result, search->load,
									  search->patience_us));
}

/* Whether Erlang A with this many agents keeps occupancy within the cap. */
static bool
erlang_a_within_cap(int64 agents, ErlangASearch *search)
{
	KpiErlangA	result;

	if (!erlang_a_search_evaluate(agents, search, 0.0, &result))
		return false;
	return result.occupancy <= search->cap;
}

/*
 * The smallest number of agents above fails (which fails the test) that
 * passes it, for a test that stays passed once passed: try guess (above
 * fails), double until it passes, then bisect.  Counts whose queue does
 * not settle fail the test; when the count just below the answer is one
 * of them, the answer could be that count or fewer, and it is refused.
 */
static int64
smallest_passing(int64 fails, int64 guess,
				 bool (*test) (int64 agents, ErlangASearch *search),
				 ErlangASearch *search)
{
	int64		passes = Min(Max(guess, fails + 1), (int64) PG_INT32_MAX);

	while (!test(passes, search))
	{
		if (passes >= PG_INT32_MAX)
			report_too_many_agents(search->function, (double) passes);
		fails = passes;
		passes = Min(2 * passes, (int64) PG_INT32_MAX);
	}
	while (passes - fails > 1)
	{
		int64		middle = fails + (passes - fails) / 2;

		if (test(middle, search))
			passes = middle;
		else
			fails = middle;
	}
	if (search->unsettled == fails)
		report_unsettled(search->function, fails, search->load,
						 search->patience_us);
	return passes;
}

PG_FUNCTION_INFO_V1(erlang_a_agents);
/*
 * erlang_a_agents(calls, aht, period, patience, target, threshold,
 * max_occupancy, shrinkage): erlang_c_agents for callers who hang up.
 * The service level and the occupancy improve with every agent added, so
 * the smallest passing number is found by bisection.
 */
Datum
erlang_a_agents(PG_FUNCTION_ARGS)
{
	const char *function = "erlang_a_agents";
	StaffingLoad load;
	StaffingGoal goal;
	double		patience_us;
	double		cap;
	double		shrinkage;
	int64		agents;
	ErlangASearch search;

	for (int i = 0; i < 8; i++)
		if (i != 5 && PG_ARGISNULL(i))
			PG_RETURN_NULL();
	load_arguments(fcinfo, 0, function, &load);
	patience_us = patience_argument(fcinfo, 3, function);
	goal_arguments(fcinfo, 4, 5, function, &goal);
	cap = occupancy_argument(fcinfo, 6, function);
	shrinkage = shrinkage_argument(fcinfo, 7, function);

	search.function = function;
	search.load = &load;
	search.patience_us = patience_us;
	search.goal = &goal;
	search.cap = cap;
	search.unsettled = -1;
	/* first guess: as many agents as Erlangs, often within a factor 2 */
	if (load.calls == 0 || erlang_a_meets(0, &search))
		agents = 0;
	else
	{
		/*
		 * Below about A - theta KPI_ERLANG_A_MAX_TERMS agents the chain
		 * cannot be summed, and such counts fail (so may the guess: with a
		 * whole number of Erlangs and a long patience, a count equal to
		 * the traffic does not settle either).  With a long patience they
		 * reach just under the traffic, and each can cost ten million
		 * terms: rather than bisect from 0 through them, start from a
		 * count whose queue peaks at half the limit when that count fails
		 * the goal.
		 */
		double		lowest = ceil(load.traffic - load.aht_us / patience_us *
								  ((double) KPI_ERLANG_A_MAX_TERMS / 2.0));
		int64		fails = 0;

		if (lowest >= 1 && lowest < load.traffic &&
			!erlang_a_meets((int64) lowest, &search))
			fails = (int64) lowest;
		agents = smallest_passing(fails, (int64) ceil(load.traffic),
								  erlang_a_meets, &search);
	}
	if (agents > 0 && !erlang_a_within_cap(agents, &search))
		agents = smallest_passing(agents, 2 * agents, erlang_a_within_cap,
								  &search);
	PG_RETURN_INT32(scheduled_agents(agents, shrinkage, function));
}
