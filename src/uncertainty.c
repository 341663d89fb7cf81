/*
 * uncertainty.c
 *		How sure a KPI is: confidence intervals (kpi_ci_low, kpi_ci_high),
 *		the two-sided p-value of a change between two states
 *		(kpi_p_value) and the probability that the true KPI meets a target
 *		(kpi_met_probability), over the existing state types.
 *
 * A state holds exact counts, so the sample behind a KPI is known.  Each
 * state type reads into a Sample and is treated by the method that fits
 * its KPI:
 *   - NPS: adjusted Wald (Rocks 2016: 0.75 promoter, 1.5 passive and 0.75
 *     detractor pseudo-answers); two states: z on the difference with the
 *     unadjusted per-answer variances;
 *   - shares (CSAT, FCR, service level, abandonment): Wilson score interval;
 *     two states: z-test with the pooled proportion;
 *   - means (CES, AHT, ASA, ratings): Student's t from the sample standard
 *     deviation,
 *     which the exact sums of squares in their states give; two states:
 *     Welch's t-test with Welch-Satterthwaite degrees of freedom.
 * Utilization and occupancy add up all the time worked: a census, not a
 * sample, so these functions refuse them.
 *
 * Internally shares are fractions (0..1) and NPS a mean of +1/0/-1 answers
 * (-1..1); the SQL functions return them in percent points like the KPIs.
 */
#include "kpi.h"

#include <math.h>

#include "stats_math.h"
#include "utils/builtins.h"

/* Which interval and test fit a state's KPI. */
typedef enum UncertaintyMethod
{
	METHOD_ADJUSTED_WALD,		/* NPS */
	METHOD_WILSON,				/* a share of favourable cases */
	METHOD_T					/* a mean */
} UncertaintyMethod;

/* What the methods need to know about one state's sample. */
typedef struct Sample
{
	const KpiStateType *type;
	UncertaintyMethod method;
	bool		duration;		/* a mean of microseconds, shown as interval */
	double		lowest;			/* the range the true KPI can take, */
	double		highest;		/* in the internal unit */
	double		scale;			/* KPI unit per internal unit: 100 or 1 */
	double		kpi;			/* the KPI as its final function computes it */
	double		count;			/* observations */
	double		hits;			/* METHOD_WILSON: favourable observations */
	double		promoters;		/* METHOD_ADJUSTED_WALD */
	double		detractors;
	int64		n;				/* METHOD_T: count, sum and sum of squares */
	int128		sum;
	int128		squares;
	double		divisor;		/* METHOD_T: sum units per KPI unit (10^decimals) */
	bool		exact_mean;		/* METHOD_T: kpi is the mean, correctly rounded */
	int64		threshold;		/* what the KPI was counted with, or -1 */
} Sample;

/* A sample of the NPS method from an nps_state. */
static Sample
nps_sample(const NpsState *state)
{
	Sample		sample = {.type = &kpi_nps_state_type,
		.method = METHOD_ADJUSTED_WALD, .lowest = -1, .highest = 1};

	int128		answers = (int128) state->promoters + state->passives +
		state->detractors;

	sample.promoters = (double) state->promoters;
	sample.detractors = (double) state->detractors;
	sample.count = (double) answers;
	sample.scale = 100;
	if (answers > 0)
		sample.kpi = kpi_percent((int128) state->promoters - state->detractors,
								 answers);
	sample.threshold = -1;
	return sample;
}

/* A sample of the Wilson method: hits favourable out of total. */
static Sample
share_sample(const KpiStateType *type, int128 hits, int128 total,
			 int64 threshold)
{
	Sample		sample = {.type = type, .method = METHOD_WILSON,
		.lowest = 0, .highest = 1};

	sample.hits = (double) hits;
	sample.count = (double) total;
	sample.scale = 100;
	if (total > 0)
		sample.kpi = kpi_percent(hits, total);
	sample.threshold = threshold;
	return sample;
}

/* A sample of the t method: count, sum and sum of squares of the values. */
static Sample
mean_sample(const KpiStateType *type, bool duration, double lowest,
			double highest, int64 n, int128 sum, int128 squares)
{
	Sample		sample = {.type = type, .method = METHOD_T,
		.duration = duration, .lowest = lowest, .highest = highest};

	sample.count = (double) n;
	sample.n = n;
	sample.sum = sum;
	sample.squares = squares;
	sample.scale = 1;
	sample.divisor = 1;
	if (n > 0)
		sample.kpi = (double) sum / (double) n;
	sample.threshold = -1;
	return sample;
}

/*
 * A sample of the t method from a rating_state: the sums are of score -
 * low in units of 10^-decimals, the KPI is the mean score as rating()
 * computes it, and the true mean lies within the scale.
 */
static Sample
rating_sample(const RatingState *state)
{
	double		divisor = 1;
	Sample		sample;

	for (int64 i = 0; i < state->decimals; i++)
		divisor *= 10;
	sample = mean_sample(&kpi_rating_state_type, false,
						 (double) state->low / divisor,
						 (double) state->high / divisor,
						 state->responses, state->offset_sum,
						 state->offset_squares);
	sample.divisor = divisor;
	sample.exact_mean = true;
	if (state->responses > 0)
		sample.kpi = kpi_rating_mean(state);
	return sample;
}

/*
 * The state types the four functions accept, each with the expression that
 * reads its state p into a Sample; X expands one entry.  A share's hits
 * and total are the numerator and denominator its KPI divides.
 */
#define SAMPLE_READERS(X) \
	X(nps_state, nps_sample((const NpsState *) p)) \
	X(csat_state, share_sample(&kpi_csat_state_type, \
			((const ShareState *) p)->hits, ((const ShareState *) p)->total, -1)) \
	X(fcr_state, share_sample(&kpi_fcr_state_type, \
			((const ShareState *) p)->hits, ((const ShareState *) p)->total, -1)) \
	X(service_level_state, share_sample(&kpi_service_level_state_type, \
			((const ServiceLevelState *) p)->answered_within, \
			(int128) ((const ServiceLevelState *) p)->answered + \
			((const ServiceLevelState *) p)->abandoned_after, \
			((const ServiceLevelState *) p)->threshold_us)) \
	X(abandonment_state, share_sample(&kpi_abandonment_state_type, \
			((const AbandonmentState *) p)->abandoned - \
			((const AbandonmentState *) p)->short_abandoned, \
			((const AbandonmentState *) p)->offered - \
			((const AbandonmentState *) p)->short_abandoned, \
			((const AbandonmentState *) p)->short_abandon_us)) \
	X(churn_state, share_sample(&kpi_churn_state_type, \
			((const ChurnState *) p)->churned, ((const ChurnState *) p)->base, -1)) \
	X(ces_state, mean_sample(&kpi_ces_state_type, false, 1, 7, \
			((const CesState *) p)->responses, ((const CesState *) p)->score_sum, \
			((const CesState *) p)->score_squares)) \
	X(aht_state, mean_sample(&kpi_aht_state_type, true, 0, INFINITY, \
			((const AhtState *) p)->contacts, ((const AhtState *) p)->handle_us, \
			((const AhtState *) p)->handle_us_squares)) \
	X(asa_state, mean_sample(&kpi_asa_state_type, true, 0, INFINITY, \
			((const AsaState *) p)->answered, ((const AsaState *) p)->wait_us, \
			((const AsaState *) p)->wait_us_squares))

/* name_sample_arg(fcinfo, argno): argument argno as a Sample. */
#define SAMPLE_READER(name, expression) \
	static Sample \
	name##_sample_arg(FunctionCallInfo fcinfo, int argno) \
	{ \
		const void *p = PG_GETARG_POINTER(argno); \
		return expression; \
	}
SAMPLE_READERS(SAMPLE_READER)

/* The observed KPI of a sample, in the internal unit (NULL cases aside). */
static double
sample_estimate(const Sample *sample)
{
	switch (sample->method)
	{
		case METHOD_ADJUSTED_WALD:
			return (sample->promoters - sample->detractors) / sample->count;
		case METHOD_WILSON:
			return sample->hits / sample->count;
		default:
			if (sample->exact_mean)
				return sample->kpi;
			return (double) sample->sum / (double) sample->n;
	}
}

/* The sample standard error of a mean: s / sqrt(n), n >= 2. */
static double
mean_standard_error(const Sample *sample)
{
	double		n = (double) sample->n;

	/* s^2 = (n Q - S^2) / (n (n - 1)), so s^2 / n = (n Q - S^2) / (n^2 (n - 1)) */
	return sqrt(kpi_squared_deviations(sample->n, sample->sum,
									   sample->squares)) / n / sqrt(n - 1) /
		sample->divisor;
}

/*
 * The adjusted Wald estimate of an NPS (as a mean of +1/0/-1 answers) and
 * its standard error, from the counts with the pseudo-answers added.
 */
static void
adjusted_wald(const Sample *sample, double *estimate, double *standard_error)
{
	double		n = sample->count + 3;
	double		promoters = (sample->promoters + 0.75) / n;
	double		detractors = (sample->detractors + 0.75) / n;
	double		mean = promoters - detractors;

	*estimate = mean;
	*standard_error = sqrt((promoters + detractors - mean * mean) / n);
}

/* The smaller and larger of two doubles. */
static inline double
min_double(double a, double b)
{
	return a < b ? a : b;
}

static inline double
max_double(double a, double b)
{
	return a > b ? a : b;
}

/* Whether a sample has an interval: one observation, or two for a mean. */
static bool
has_interval(const Sample *sample)
{
	return sample->count >= (sample->method == METHOD_T ? 2 : 1);
}

/* Half the width of a mean's t interval at a level: t s / sqrt(n). */
static double
mean_half_width(const Sample *sample, double level)
{
	return kpi_t_central_quantile(level, sample->count - 1) *
		mean_standard_error(sample);
}

/*
 * The two-sided confidence interval at a level in (0, 1) of a sample that
 * has one, in the KPI's unit (percent points for shares and NPS; a
 * duration's ends are made exact by duration_end).  The ends are clipped
 * to the range the KPI can take and always contain the KPI as its final
 * function computes it, bit for bit.  That only matters for the adjusted
 * Wald interval, whose centre is pulled towards 0 and, for a handful of
 * answers, can leave the observed NPS outside (one promoter of one: 98.5
 * at 95%, while the NPS is 100), and for ends that rounding puts one unit
 * in the last place beside the KPI.
 */
static void
sample_interval(const Sample *sample, double level, double *low, double *high)
{
	Assert(has_interval(sample));
	switch (sample->method)
	{
		case METHOD_ADJUSTED_WALD:
			{
				double		z = kpi_normal_central_quantile(level);
				double		centre,
							standard_error;

				adjusted_wald(sample, &centre, &standard_error);
				*low = centre - z * standard_error;
				*high = centre + z * standard_error;
				break;
			}
		case METHOD_WILSON:
			{
				double		z = kpi_normal_central_quantile(level);
				double		n = sample->count;
				double		hits = sample->hits;
				double		denominator = 2 * (n + z * z);
				double		centre = (2 * hits + z * z) / denominator;
				double		half = z * sqrt(z * z + 4 * hits * (n - hits) / n) /
					denominator;

				/* exact ends where rounding could miss them */
				*low = hits == 0 ? 0 : centre - half;
				*high = hits == n ? 1 : centre + half;
				break;
			}
		default:
			{
				double		half = mean_half_width(sample, level);
				double		estimate = sample_estimate(sample);

				*low = estimate - half;
				*high = estimate + half;
				break;
			}
	}
	*low = max_double(*low * sample->scale, sample->lowest * sample->scale);
	*high = min_double(*high * sample->scale, sample->highest * sample->scale);
	*low = min_double(*low, sample->kpi);
	*high = max_double(*high, sample->kpi);
}

/* A level as float8 output writes it, for error details. */
static const char *
level_text(double level)
{
	if (isnan(level))
		return "NaN";
	if (isinf(level))
		return level > 0 ? "Infinity" : "-Infinity";
	return psprintf("%.15g", level);
}

/* Error unless level lies strictly between 0 and 1. */
static void
check_level(double level, const char *function)
{
	if (!(level > 0 && level < 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: level must lie strictly between 0 and 1", function),
				 errdetail("Got %s.", level_text(level)),
				 errhint("0.95 asks for a 95%% confidence interval.")));
}

/*
 * An end of a duration interval as type interval: the exact mean sum / n
 * minus or plus the half-width, rounded outwards to the microsecond (down
 * for the low end, up for the high end), clipped to what an interval of
 * microseconds holds (0 to 2^63 - 1, as a CES interval is clipped to its
 * scale, so that no level makes a report fail), and never past the KPI's
 * own rounded mean, so that the interval contains what avg_handle_time or
 * avg_speed_of_answer returns.  The mean's whole microseconds stay an
 * integer and only the fraction meets the half-width in double: a mean
 * near 2^63 us is a double in steps of 1024 us, which would swallow a
 * half-width of a few microseconds.
 */
static Datum
duration_end(const Sample *sample, double level, bool high_end,
			 const char *function)
{
	/* the KPI's own mean, and its own error when no interval holds it */
	int64		mean = kpi_mean_interval(sample->sum, sample->n, function)->time;
	int128		whole = sample->sum / sample->n;
	double		fraction = (double) (sample->sum % sample->n) / (double) sample->n;
	double		half = mean_half_width(sample, level);
	double		offset = high_end ? ceil(fraction + half) : floor(fraction - half);
	int128		end;

	/*
	 * whole < 2^63 (the mean fits), so an offset beyond +/-2^63 puts the
	 * end past a limit; clip it before it is converted
	 */
	if (!(offset < 0x1p63))
		end = PG_INT64_MAX;
	else if (!(offset > -0x1p63))
		end = 0;
	else
		end = whole + (int128) offset;
	end = end < 0 ? 0 : end > PG_INT64_MAX ? PG_INT64_MAX : end;
	if (high_end ? end < mean : end > mean)
		end = mean;
	return IntervalPGetDatum(kpi_micros_interval((int64) end));
}

/* kpi_ci_low or kpi_ci_high of a sample, in the KPI's own type and unit. */
static Datum
interval_end(FunctionCallInfo fcinfo, const Sample *sample, bool high_end)
{
	const char *function = high_end ? "kpi_ci_high" : "kpi_ci_low";
	double		level = PG_GETARG_FLOAT8(1);
	double		low,
				high;

	check_level(level, function);
	KPI_ASSERT_STATE(sample->type, PG_GETARG_POINTER(0));
	if (!has_interval(sample))
		PG_RETURN_NULL();
	if (sample->duration)
		return duration_end(sample, level, high_end, function);
	sample_interval(sample, level, &low, &high);
	PG_RETURN_FLOAT8(high_end ? high : low);
}

/*
 * Two-sided p-value of a statistic that is standard normal (df 0) or
 * Student's t with df degrees of freedom under the null hypothesis; a
 * zero standard error gives 1 for no difference and 0 for any other.
 */
static double
two_sided_p(double difference, double standard_error, double df)
{
	double		statistic;

	if (difference == 0)
		return 1;
	if (standard_error == 0)
		return 0;
	statistic = fabs(difference) / standard_error;
	return df == 0 ? erfc(statistic * M_SQRT1_2) :
		2 * kpi_t_upper_tail(statistic, df);
}

/* The per-answer variance of an NPS sample: p + d - (p - d)^2. */
static double
nps_answer_variance(const Sample *sample)
{
	double		promoters = sample->promoters / sample->count;
	double		detractors = sample->detractors / sample->count;
	double		mean = promoters - detractors;

	return promoters + detractors - mean * mean;
}

/* Error for two states counted with different thresholds. */
static void
check_same_threshold(const Sample *before, const Sample *after)
{
	if (before->threshold != after->threshold)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("kpi_p_value: both %s values must be counted with the same %s",
						before->type->type_name,
						before->type->threshold_argument),
				 errdetail("Got %s and %s microseconds.",
						   kpi_int128_text(before->threshold),
						   kpi_int128_text(after->threshold))));
}

/*
 * kpi_p_value(before, after): the two-sided p-value of "both samples have
 * the same true KPI", NULL when either has fewer than two observations.
 */
static Datum
p_value(FunctionCallInfo fcinfo, const Sample *before, const Sample *after)
{
	double		difference;

	KPI_ASSERT_STATE(before->type, PG_GETARG_POINTER(0));
	KPI_ASSERT_STATE(after->type, PG_GETARG_POINTER(1));
	if (before->count < 2 || after->count < 2)
		PG_RETURN_NULL();
	check_same_threshold(before, after);
	difference = sample_estimate(after) - sample_estimate(before);
	switch (before->method)
	{
		case METHOD_ADJUSTED_WALD:
			PG_RETURN_FLOAT8(two_sided_p(difference,
										 sqrt(nps_answer_variance(before) / before->count +
											  nps_answer_variance(after) / after->count),
										 0));
		case METHOD_WILSON:
			{
				double		pooled = (before->hits + after->hits) /
					(before->count + after->count);

				PG_RETURN_FLOAT8(two_sided_p(difference,
											 sqrt(pooled * (1 - pooled) *
												  (1 / before->count + 1 / after->count)),
											 0));
			}
		default:
			{
				double		before_error = mean_standard_error(before);
				double		after_error = mean_standard_error(after);
				double		before_part = before_error * before_error;
				double		after_part = after_error * after_error;
				double		total = before_part + after_part;
				double		df = 0;

				/*
				 * Equal means exactly, or not: with no spread the answer is
				 * 1 or 0, and the quotients as doubles can round either way
				 */
				if (kpi_mean_cmp(before->n, before->sum, after->n, after->sum) == 0)
					PG_RETURN_FLOAT8(1);
				if (total == 0)
					PG_RETURN_FLOAT8(0);

				/*
				 * Welch-Satterthwaite, on the shares of the squared error so
				 * that squares of squared microseconds cannot overflow
				 */
				if (total > 0)
				{
					double		before_share = before_part / total;
					double		after_share = after_part / total;

					df = 1 / (before_share * before_share / (before->count - 1) +
							  after_share * after_share / (after->count - 1));
				}
				PG_RETURN_FLOAT8(two_sided_p(difference, sqrt(total), df));
			}
	}
}

/*
 * -1, 0 or 1 as a mean without spread lies below, on or above the goal.
 * Every value equals the mean, an integer that a double quotient of a sum
 * beyond 2^53 can miss, so it is compared exactly (a duration goal is
 * whole microseconds, a CES goal a double).
 */
static int
flat_mean_side(const Sample *sample, const KpiTarget *target, double goal)
{
	double		mean;

	if (sample->duration)
		return kpi_mean_cmp(sample->n, sample->sum, 1, target->goal.micros);
	if (sample->exact_mean)
		mean = sample->kpi;
	else
		mean = sample->sum % sample->n == 0 ?
			(double) (sample->sum / sample->n) : sample_estimate(sample);
	return (mean > goal) - (mean < goal);
}

/*
 * kpi_met_probability(state, target): the probability, under the normal
 * (or, for means, t) approximation behind kpi_ci_low and kpi_ci_high, that
 * the true KPI satisfies the target's goal.  It is the confidence of the
 * one-sided interval that ends at the goal: for a goal equal to
 * kpi_ci_low(state, L) the answer is (1 + L) / 2.  For shares the Wilson
 * interval is the inversion of the score test, so the standard error is
 * taken at the goal; for NPS the adjusted Wald estimate is used.  The
 * approximation is continuous: > and >= (< and <=) give the same answer,
 * and an estimate exactly on the goal gives 0.5.  The rules, in order:
 *   - a mean without spread (every value the same) has a t interval of
 *     no width, so its true value is taken as the observed one: 1, 0.5 or
 *     0 as it lies on the met side of the goal, on it or on the other
 *     side, wherever the goal is (seven 7s against ">= 7" or "<= 7" are on
 *     the goal: 0.5, not the 0 or 1 of the next rule);
 *   - a goal at or beyond an end of the KPI's range gives exactly 0 or 1:
 *     a mean with spread lies strictly inside its range, and the
 *     continuous approximation gives a share or an NPS no mass at an end
 *     (16 satisfied of 16 against ">= 100%" is 0);
 *   - otherwise the normal or t tail.  Shares and NPS never lack spread:
 *     the score statistic's standard error is taken at a goal inside
 *     (0, 1) and the adjusted Wald one includes the pseudo-answers, so
 *     unanimous answers get a tail like any others.
 */
static Datum
met_probability(FunctionCallInfo fcinfo, const Sample *sample)
{
	const KpiTarget *target = (const KpiTarget *) PG_GETARG_POINTER(1);
	bool		higher_better = kpi_target_higher_is_better(target->comparator);
	double		goal,
				estimate,
				standard_error,
				difference,
				df = 0,
				higher;

	if (sample->duration != (target->unit == KPI_UNIT_DURATION))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("kpi_met_probability: %s values need a %s target",
						sample->type->type_name,
						sample->duration ? "duration" : "number or percent"),
				 errdetail("The target's unit is %s.",
						   target->unit == KPI_UNIT_DURATION ? "a duration" :
						   target->unit == KPI_UNIT_PERCENT ? "percent" :
						   "a number")));
	KPI_ASSERT_STATE(sample->type, PG_GETARG_POINTER(0));
	if (sample->count < 2)
		PG_RETURN_NULL();
	if (sample->duration)
		goal = (double) target->goal.micros;
	else if (sample->method == METHOD_T)
		goal = target->goal.number;
	else
		goal = target->goal.number / 100;

	if (sample->method == METHOD_T && mean_standard_error(sample) == 0)
	{
		int			side = flat_mean_side(sample, target, goal);

		higher = side > 0 ? 1 : side == 0 ? 0.5 : 0;
		PG_RETURN_FLOAT8(higher_better ? higher : 1 - higher);
	}

	/* P(true > goal) at the ends of the range: 1 below it, 0 above it */
	if (goal <= sample->lowest)
		PG_RETURN_FLOAT8(higher_better ? 1 : 0);
	if (goal >= sample->highest)
		PG_RETURN_FLOAT8(higher_better ? 0 : 1);

	switch (sample->method)
	{
		case METHOD_ADJUSTED_WALD:
			adjusted_wald(sample, &estimate, &standard_error);
			break;
		case METHOD_WILSON:
			estimate = sample_estimate(sample);
			standard_error = sqrt(goal * (1 - goal) / sample->count);
			break;
		default:
			estimate = sample_estimate(sample);
			standard_error = mean_standard_error(sample);
			df = sample->count - 1;
			break;
	}
	difference = estimate - goal;
	if (difference == 0)
		higher = 0.5;
	else if (standard_error == 0)
	{
		/* a goal so near 0 or 1 that g (1 - g) / n underflows */
		higher = difference > 0 ? 1 : 0;
	}
	else if (df == 0)
		higher = kpi_normal_upper_tail(-difference / standard_error);
	else
		higher = kpi_t_upper_tail(-difference / standard_error, df);
	PG_RETURN_FLOAT8(higher_better ? higher : 1 - higher);
}

/* The four SQL functions of one state type. */
#define UNCERTAINTY_FUNCTIONS(name, expression) \
	PG_FUNCTION_INFO_V1(name##_ci_low); \
	Datum name##_ci_low(PG_FUNCTION_ARGS) \
	{ \
		Sample		sample = name##_sample_arg(fcinfo, 0); \
		return interval_end(fcinfo, &sample, false); \
	} \
	PG_FUNCTION_INFO_V1(name##_ci_high); \
	Datum name##_ci_high(PG_FUNCTION_ARGS) \
	{ \
		Sample		sample = name##_sample_arg(fcinfo, 0); \
		return interval_end(fcinfo, &sample, true); \
	} \
	PG_FUNCTION_INFO_V1(name##_p_value); \
	Datum name##_p_value(PG_FUNCTION_ARGS) \
	{ \
		Sample		before = name##_sample_arg(fcinfo, 0); \
		Sample		after = name##_sample_arg(fcinfo, 1); \
		return p_value(fcinfo, &before, &after); \
	} \
	PG_FUNCTION_INFO_V1(name##_met_probability); \
	Datum name##_met_probability(PG_FUNCTION_ARGS) \
	{ \
		Sample		sample = name##_sample_arg(fcinfo, 0); \
		return met_probability(fcinfo, &sample); \
	}
SAMPLE_READERS(UNCERTAINTY_FUNCTIONS)

/*
 * The same four functions of utilization_state and occupancy_state, which
 * refuse: these KPIs add up all the time worked, so there is no sample
 * and no sampling error to estimate.
 */
static Datum
census_refusal(const char *function, const char *kpi)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: %s adds up all the time worked: a census, not a sample",
					function, kpi),
			 errdetail("Utilization and occupancy are censuses: they have no sampling error to put an interval, a test or a probability on."),
			 errhint("Compare them as they are, or apply %s to a sampled KPI such as avg_handle_time.",
					 function)));
	return (Datum) 0;			/* not reached */
}

#define CENSUS_FUNCTIONS(name, kpi) \
	PG_FUNCTION_INFO_V1(name##_ci_low); \
	Datum name##_ci_low(PG_FUNCTION_ARGS) \
	{ (void) fcinfo; return census_refusal("kpi_ci_low", kpi); } \
	PG_FUNCTION_INFO_V1(name##_ci_high); \
	Datum name##_ci_high(PG_FUNCTION_ARGS) \
	{ (void) fcinfo; return census_refusal("kpi_ci_high", kpi); } \
	PG_FUNCTION_INFO_V1(name##_p_value); \
	Datum name##_p_value(PG_FUNCTION_ARGS) \
	{ (void) fcinfo; return census_refusal("kpi_p_value", kpi); } \
	PG_FUNCTION_INFO_V1(name##_met_probability); \
	Datum name##_met_probability(PG_FUNCTION_ARGS) \
	{ (void) fcinfo; return census_refusal("kpi_met_probability", kpi); }
CENSUS_FUNCTIONS(utilization_state, "utilization")
CENSUS_FUNCTIONS(occupancy_state, "occupancy")

/*
 * The four functions of rating_state.  Two states compared by
 * kpi_p_value are brought to the same decimals first, so that their sums
 * compare exactly, and must be on the same scale.
 */
PG_FUNCTION_INFO_V1(rating_state_ci_low);
/* kpi_ci_low(rating_state, level): low end of the t interval, in the scale. */
Datum
rating_state_ci_low(PG_FUNCTION_ARGS)
{
	Sample		sample = rating_sample((const RatingState *) PG_GETARG_POINTER(0));

	return interval_end(fcinfo, &sample, false);
}

PG_FUNCTION_INFO_V1(rating_state_ci_high);
/* kpi_ci_high(rating_state, level): high end of the t interval, in the scale. */
Datum
rating_state_ci_high(PG_FUNCTION_ARGS)
{
	Sample		sample = rating_sample((const RatingState *) PG_GETARG_POINTER(0));

	return interval_end(fcinfo, &sample, true);
}

PG_FUNCTION_INFO_V1(rating_state_p_value);
/* kpi_p_value(before, after) of two rating states on one scale (Welch). */
Datum
rating_state_p_value(PG_FUNCTION_ARGS)
{
	RatingState before = *(const RatingState *) PG_GETARG_POINTER(0);
	RatingState after = *(const RatingState *) PG_GETARG_POINTER(1);
	int64		decimals = Max(before.decimals, after.decimals);
	Sample		before_sample,
				after_sample;

	KPI_ASSERT_STATE(&kpi_rating_state_type, &before);
	KPI_ASSERT_STATE(&kpi_rating_state_type, &after);
	if (!kpi_rating_unset(&before) && !kpi_rating_unset(&after))
	{
		kpi_rating_rescale(&before, decimals, "kpi_p_value");
		kpi_rating_rescale(&after, decimals, "kpi_p_value");
		if (before.low != after.low || before.high != after.high)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("kpi_p_value: both rating_state values must be on the same scale"),
					 errdetail("Got %s..%s and %s..%s.",
							   kpi_rating_value_text(before.low, decimals),
							   kpi_rating_value_text(before.high, decimals),
							   kpi_rating_value_text(after.low, decimals),
							   kpi_rating_value_text(after.high, decimals))));
	}
	before_sample = rating_sample(&before);
	after_sample = rating_sample(&after);
	return p_value(fcinfo, &before_sample, &after_sample);
}

PG_FUNCTION_INFO_V1(rating_state_met_probability);
/* kpi_met_probability(rating_state, target), on the t approximation. */
Datum
rating_state_met_probability(PG_FUNCTION_ARGS)
{
	Sample		sample = rating_sample((const RatingState *) PG_GETARG_POINTER(0));

	return met_probability(fcinfo, &sample);
}
