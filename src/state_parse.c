/*
 * state_parse.c
 *		The aggregate state types' descriptors, their consistency rules, and
 *		the parsing and printing of their text form.
 *
 * The text form names every field, e.g. "(promoters=10,passives=5,
 * detractors=3)", so a state literal of one KPI can never be read as the
 * state of another.  Nothing here calls the server: messages are returned,
 * not raised, and memory is the caller's, so the libFuzzer harness in
 * test/fuzz links this file alone.
 */
#include "kpi.h"

/* The install script declares these sizes as INTERNALLENGTH. */
StaticAssertDecl(sizeof(NpsState) == 24, "nps_state is 24 bytes");
StaticAssertDecl(sizeof(ShareState) == 16, "csat_state and fcr_state are 16 bytes");
StaticAssertDecl(sizeof(CesState) == 24, "ces_state is 24 bytes");
StaticAssertDecl(sizeof(AhtState) == 40, "aht_state is 40 bytes");
StaticAssertDecl(sizeof(UtilizationState) == 32, "utilization_state is 32 bytes");
StaticAssertDecl(sizeof(OccupancyState) == 32, "occupancy_state is 32 bytes");
StaticAssertDecl(sizeof(ServiceLevelState) == 32, "service_level_state is 32 bytes");
StaticAssertDecl(sizeof(AsaState) == 40, "asa_state is 40 bytes");
StaticAssertDecl(sizeof(AbandonmentState) == 32, "abandonment_state is 32 bytes");
StaticAssertDecl(sizeof(ShrinkageState) == 32, "shrinkage_state is 32 bytes");
StaticAssertDecl(sizeof(ChurnState) == 40, "churn_state is 40 bytes");
StaticAssertDecl(offsetof(ChurnState, period.until_us) ==
				 offsetof(ChurnState, period.from_us) + sizeof(int64),
				 "a period's bounds are adjacent fields");
StaticAssertDecl(sizeof(RatingState) == 64, "rating_state is 64 bytes");
StaticAssertDecl(sizeof(KpiTarget) == 24, "kpi_target is 24 bytes");

#define STATE_FIELD(type, field, wide, min) \
	{#field, offsetof(type, field), wide, min}

static const char *check_csat(const void *state);
static const char *check_fcr(const void *state);
static const char *check_service_level(const void *state);
static const char *check_abandonment(const void *state);
static const char *check_churn(const void *state);

static const KpiStateField nps_fields[] = {
	STATE_FIELD(NpsState, promoters, false, 0),
	STATE_FIELD(NpsState, passives, false, 0),
	STATE_FIELD(NpsState, detractors, false, 0),
};
const KpiStateType kpi_nps_state_type = {
	"nps_state", "nps", NULL,
	sizeof(NpsState), lengthof(nps_fields), nps_fields, NULL
};

static const KpiStateField csat_fields[] = {
	{"satisfied", offsetof(ShareState, hits), false, 0},
	{"responses", offsetof(ShareState, total), false, 0},
};
const KpiStateType kpi_csat_state_type = {
	"csat_state", "csat", NULL,
	sizeof(ShareState), lengthof(csat_fields), csat_fields,
	check_csat
};

static const KpiStateField fcr_fields[] = {
	{"resolved_first", offsetof(ShareState, hits), false, 0},
	{"tickets", offsetof(ShareState, total), false, 0},
};
const KpiStateType kpi_fcr_state_type = {
	"fcr_state", "fcr_rate", NULL,
	sizeof(ShareState), lengthof(fcr_fields), fcr_fields,
	check_fcr
};

static const KpiStateField ces_fields[] = {
	STATE_FIELD(CesState, responses, false, 0),
	STATE_FIELD(CesState, score_sum, false, 0),
	STATE_FIELD(CesState, score_squares, false, 0),
};
static const char *check_ces(const void *state);
const KpiStateType kpi_ces_state_type = {
	"ces_state", "ces", NULL,
	sizeof(CesState), lengthof(ces_fields), ces_fields, check_ces
};

static const KpiStateField aht_fields[] = {
	STATE_FIELD(AhtState, contacts, false, 0),
	STATE_FIELD(AhtState, handle_us, true, 0),
	STATE_FIELD(AhtState, handle_us_squares, true, 0),
};
static const char *check_aht(const void *state);
const KpiStateType kpi_aht_state_type = {
	"aht_state", "avg_handle_time", NULL,
	sizeof(AhtState), lengthof(aht_fields), aht_fields, check_aht
};

static const KpiStateField utilization_fields[] = {
	STATE_FIELD(UtilizationState, busy_us, true, 0),
	STATE_FIELD(UtilizationState, scheduled_us, true, 0),
};
const KpiStateType kpi_utilization_state_type = {
	"utilization_state", "utilization", NULL,
	sizeof(UtilizationState),
	lengthof(utilization_fields), utilization_fields, NULL
};

static const KpiStateField occupancy_fields[] = {
	STATE_FIELD(OccupancyState, handle_us, true, 0),
	STATE_FIELD(OccupancyState, idle_us, true, 0),
};
const KpiStateType kpi_occupancy_state_type = {
	"occupancy_state", "occupancy", NULL,
	sizeof(OccupancyState),
	lengthof(occupancy_fields), occupancy_fields, NULL
};

static const KpiStateField service_level_fields[] = {
	STATE_FIELD(ServiceLevelState, threshold_us, false, -1),
	STATE_FIELD(ServiceLevelState, answered, false, 0),
	STATE_FIELD(ServiceLevelState, answered_within, false, 0),
	STATE_FIELD(ServiceLevelState, abandoned_after, false, 0),
};
const KpiStateType kpi_service_level_state_type = {
	"service_level_state", "service_level", "threshold",
	sizeof(ServiceLevelState),
	lengthof(service_level_fields), service_level_fields, check_service_level
};

static const KpiStateField asa_fields[] = {
	STATE_FIELD(AsaState, answered, false, 0),
	STATE_FIELD(AsaState, wait_us, true, 0),
	STATE_FIELD(AsaState, wait_us_squares, true, 0),
};
static const char *check_asa(const void *state);
const KpiStateType kpi_asa_state_type = {
	"asa_state", "avg_speed_of_answer", NULL,
	sizeof(AsaState), lengthof(asa_fields), asa_fields, check_asa
};

static const KpiStateField abandonment_fields[] = {
	STATE_FIELD(AbandonmentState, short_abandon_us, false, -1),
	STATE_FIELD(AbandonmentState, offered, false, 0),
	STATE_FIELD(AbandonmentState, abandoned, false, 0),
	STATE_FIELD(AbandonmentState, short_abandoned, false, 0),
};
const KpiStateType kpi_abandonment_state_type = {
	"abandonment_state", "abandonment_rate", "short_abandon",
	sizeof(AbandonmentState),
	lengthof(abandonment_fields), abandonment_fields, check_abandonment
};

static const KpiStateField shrinkage_fields[] = {
	STATE_FIELD(ShrinkageState, unavailable_us, true, 0),
	STATE_FIELD(ShrinkageState, paid_us, true, 0),
};
const KpiStateType kpi_shrinkage_state_type = {
	"shrinkage_state", "shrinkage", NULL,
	sizeof(ShrinkageState),
	lengthof(shrinkage_fields), shrinkage_fields, NULL
};

/*
 * The period bounds take any bigint here (KPI_PERIOD_BOUND_MIN also marks
 * them as a parameter for state_add); check_churn holds the real rule.
 */
static const KpiStateField churn_fields[] = {
	{"period_from_us", offsetof(ChurnState, period.from_us), false, KPI_PERIOD_BOUND_MIN},
	{"period_until_us", offsetof(ChurnState, period.until_us), false, PG_INT64_MIN},
	STATE_FIELD(ChurnState, base, false, 0),
	STATE_FIELD(ChurnState, churned, false, 0),
	{"new", offsetof(ChurnState, new_customers), false, 0},
};
const KpiStateType kpi_churn_state_type = {
	"churn_state", "churn_rate", "period",
	sizeof(ChurnState), lengthof(churn_fields), churn_fields, check_churn
};

/*
 * The scale ends take any bigint (check_rating holds the rule); the sums
 * are of score - low, never negative.
 */
static const KpiStateField rating_fields[] = {
	STATE_FIELD(RatingState, low, false, PG_INT64_MIN),
	STATE_FIELD(RatingState, high, false, PG_INT64_MIN),
	STATE_FIELD(RatingState, decimals, false, 0),
	STATE_FIELD(RatingState, responses, false, 0),
	STATE_FIELD(RatingState, offset_sum, true, 0),
	STATE_FIELD(RatingState, offset_squares, true, 0),
};
static const char *check_rating(const void *state);
const KpiStateType kpi_rating_state_type = {
	"rating_state", "rating", NULL,
	sizeof(RatingState), lengthof(rating_fields), rating_fields, check_rating
};

/* No more satisfied answers than answers. */
static const char *
check_csat(const void *state)
{
	const ShareState *share = state;

	if (share->hits > share->total)
		return "The satisfied count exceeds responses";
	return NULL;
}

/* No more tickets resolved at first contact than tickets. */
static const char *
check_fcr(const void *state)
{
	const ShareState *share = state;

	if (share->hits > share->total)
		return "The resolved_first count exceeds tickets";
	return NULL;
}

/*
 * Every effort score x lies in 1..7, which bounds the score sum, and
 * (x - 1)(7 - x) >= 0, i.e. x^2 <= 8x - 7, which bounds the squares from
 * above; the common rules of sums of squares bound them from below.
 */
static const char *
check_ces(const void *state)
{
	const CesState *ces = state;
	const char *problem;

	if (ces->score_sum < ces->responses ||
		(int128) ces->score_sum > (int128) ces->responses * 7)
		return "The score_sum must lie between 1 and 7 times responses";
	if ((int128) ces->score_squares >
		(int128) ces->score_sum * 8 - (int128) ces->responses * 7)
		return "The score_squares exceeds what scores of 1..7 with this score_sum can reach (8 * score_sum - 7 * responses)";
	if ((problem = kpi_squares_check(ces->responses, ces->score_sum,
									 ces->score_squares)) != NULL)
		return problem;
	return NULL;
}

/* No handle time without a contact to carry it; squares fit the sum. */
static const char *
check_aht(const void *state)
{
	const AhtState *aht = state;

	if (aht->contacts == 0 && aht->handle_us != 0)
		return "The handle_us must be 0 when contacts is 0";
	return kpi_squares_check(aht->contacts, aht->handle_us,
							 aht->handle_us_squares);
}

/* No waiting time without an answered contact to carry it; squares fit. */
static const char *
check_asa(const void *state)
{
	const AsaState *asa = state;

	if (asa->answered == 0 && asa->wait_us != 0)
		return "The wait_us must be 0 when answered is 0";
	return kpi_squares_check(asa->answered, asa->wait_us,
							 asa->wait_us_squares);
}

/* An unsigned 256-bit number, for exact products of two int128 values. */
typedef struct Uint256
{
	uint128		high;
	uint128		low;
} Uint256;

/* The exact product a * b, by 64-bit limbs. */
static Uint256
uint256_product(uint128 a, uint128 b)
{
	uint128		a0 = (uint64) a,
				a1 = a >> 64,
				b0 = (uint64) b,
				b1 = b >> 64;
	uint128		p00 = a0 * b0,
				p01 = a0 * b1,
				p10 = a1 * b0,
				p11 = a1 * b1;
	/* at most 3 * (2^64 - 1): no carry is lost */
	uint128		middle = (p00 >> 64) + (uint64) p01 + (uint64) p10;
	Uint256		product;

	product.low = (middle << 64) | (uint64) p00;
	product.high = p11 + (p01 >> 64) + (p10 >> 64) + (middle >> 64);
	return product;
}

/* -1, 0 or 1 as a is below, equal to or above b. */
static int
uint256_cmp(Uint256 a, Uint256 b)
{
	if (a.high != b.high)
		return a.high < b.high ? -1 : 1;
	if (a.low != b.low)
		return a.low < b.low ? -1 : 1;
	return 0;
}

/*
 * The rules a sum of squares Q keeps with the count n and the sum S of
 * the non-negative integers x it was made of: all zero without rows;
 * Q = S modulo 2 (x^2 and x have the same parity); Q <= S^2 (no cross
 * products are negative); n Q >= S^2 (Cauchy-Schwarz: the variance is not
 * negative).  The products are compared exactly in 256 bits.
 */
const char *
kpi_squares_check(int64 count, int128 sum, int128 squares)
{
	Uint256		sum_squared;

	if (count == 0)
		return squares == 0 ? NULL :
			"The sum of squares must be 0 when the count is 0";
	if ((squares & 1) != (sum & 1))
		return "The sum of squares must be even exactly when the sum is (x^2 and x have the same parity)";
	sum_squared = uint256_product((uint128) sum, (uint128) sum);
	if (uint256_cmp(uint256_product((uint128) squares, 1), sum_squared) > 0)
		return "The sum of squares exceeds the square of the sum";
	if (uint256_cmp(uint256_product((uint128) squares, (uint128) count),
					sum_squared) < 0)
		return "The sum of squares is below the square of the sum divided by the count (a negative variance)";
	return NULL;
}

/*
 * n Q - S^2 for a state that keeps kpi_squares_check's rules: n^2 times
 * the population variance, computed exactly, then converted to double.
 */
double
kpi_squared_deviations(int64 count, int128 sum, int128 squares)
{
	Uint256		scaled = uint256_product((uint128) squares, (uint128) count);
	Uint256		sum_squared = uint256_product((uint128) sum, (uint128) sum);
	uint128		borrow = scaled.low < sum_squared.low;

	Assert(uint256_cmp(scaled, sum_squared) >= 0);
	scaled.low -= sum_squared.low;
	scaled.high -= sum_squared.high + borrow;
	return (double) scaled.high * 0x1p128 + (double) scaled.low;
}

/*
 * -1, 0 or 1 as the mean sum_a / count_a is below, equal to or above
 * sum_b / count_b, compared exactly (sums non-negative, counts positive):
 * the quotients as doubles can differ, or agree, by rounding once a sum
 * passes 2^53.
 */
int
kpi_mean_cmp(int64 count_a, int128 sum_a, int64 count_b, int128 sum_b)
{
	return uint256_cmp(uint256_product((uint128) sum_a, (uint128) count_b),
					   uint256_product((uint128) sum_b, (uint128) count_a));
}

/*
 * A rating state has no scale and no rows (all zero), or a scale low <
 * high; decimals within 0..KPI_RATING_MAX_DECIMALS; and sums of offsets
 * y = score - low that such scores can give: every y lies in 0..W (W =
 * high - low), so the sum is at most n W and, as y^2 <= W y, the squares
 * at most W times the sum; the common rules of sums of squares besides.
 */
static const char *
check_rating(const void *state)
{
	const RatingState *rating = state;
	uint128		width;

	if (rating->decimals > KPI_RATING_MAX_DECIMALS)
		return "The decimals must lie between 0 and 6";
	if (kpi_rating_unset(rating))
	{
		if (rating->decimals != 0 || rating->responses != 0)
			return "A state without a scale (low=0,high=0) must have decimals=0 and no responses";
	}
	else if (rating->low >= rating->high)
		return "The low end of the scale must be below the high end";
	width = (uint128) ((int128) rating->high - rating->low);
	if (uint256_cmp(uint256_product((uint128) rating->offset_sum, 1),
					uint256_product((uint128) rating->responses, width)) > 0)
		return "The offset_sum exceeds responses times the width of the scale (high - low)";
	if (uint256_cmp(uint256_product((uint128) rating->offset_squares, 1),
					uint256_product((uint128) rating->offset_sum, width)) > 0)
		return "The offset_squares exceeds what scores on this scale with this offset_sum can reach ((high - low) * offset_sum)";
	return kpi_squares_check(rating->responses, rating->offset_sum,
							 rating->offset_squares);
}

/* Sub-counts within their totals, and no counts before a threshold. */
static const char *
check_service_level(const void *state)
{
	const ServiceLevelState *sl = state;

	if (sl->answered_within > sl->answered)
		return "The answered_within count exceeds answered";
	if (sl->threshold_us == -1 &&
		(sl->answered != 0 || sl->abandoned_after != 0))
		return "A state with counts needs a threshold_us";
	return NULL;
}

/* Short abandons are abandons, abandons are offered contacts. */
static const char *
check_abandonment(const void *state)
{
	const AbandonmentState *ab = state;

	if (ab->short_abandoned > ab->abandoned)
		return "The short_abandoned count exceeds abandoned";
	if (ab->abandoned > ab->offered)
		return "The abandoned count exceeds offered";
	if (ab->short_abandon_us == -1 && ab->offered != 0)
		return "A state with counts needs a short_abandon_us";
	return NULL;
}

/*
 * A period is unset ([0, 0), and then no customer is counted) or a
 * non-empty span of instants a timestamptz can hold; churned customers
 * are customers of the base.
 */
static const char *
check_churn(const void *state)
{
	const ChurnState *churn = state;

	if (churn->period.from_us == 0 && churn->period.until_us == 0)
	{
		if (churn->base != 0 || churn->new_customers != 0)
			return "A state with counts needs a period";
	}
	else if (churn->period.from_us >= churn->period.until_us)
		return "The period_from_us must be below period_until_us";
	else if (churn->period.from_us < KPI_PERIOD_MIN_US)
		return "The period_from_us must not lie before 4714-11-24 BC";
	if (churn->churned > churn->base)
		return "The churned count exceeds base";
	return NULL;
}

/* Store a parsed or received field value after checking its range. */
const char *
kpi_state_store_field(const KpiStateField *field, int128 value, void *state)
{
	char	   *slot = (char *) state + field->offset;

	if (value < field->min_value)
		return field->min_value == 0 ?
			"Counts and durations must not be negative" :
			field->min_value == -1 ?
			"Thresholds must be -1 (unset) or a non-negative duration" :
			"A field value is out of range for bigint";
	if (field->wide)
		memcpy(slot, &value, sizeof(int128));
	else
	{
		int64		narrow;

		if (value > PG_INT64_MAX)
			return "A count or threshold is out of range for bigint";
		narrow = (int64) value;
		memcpy(slot, &narrow, sizeof(int64));
	}
	return NULL;
}

/* Read a field back as int128 whatever its width. */
int128
kpi_state_load_field(const KpiStateField *field, const void *state)
{
	const char *slot = (const char *) state + field->offset;

	if (field->wide)
	{
		int128		value;

		memcpy(&value, slot, sizeof(int128));
		return value;
	}
	else
	{
		int64		value;

		memcpy(&value, slot, sizeof(int64));
		return value;
	}
}

/* Whether a state keeps its invariant: fields in range, cross-field rule. */
bool
kpi_state_is_valid(const KpiStateType *type, const void *state)
{
	for (int i = 0; i < type->nfields; i++)
	{
		if (kpi_state_load_field(&type->fields[i], state) <
			type->fields[i].min_value)
			return false;
	}
	return type->check == NULL || type->check(state) == NULL;
}

/* Skip ASCII white space. */
static const char *
skip_space(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

/*
 * Parse a state literal into *state (of type->size bytes).  Returns NULL on
 * success or a static message saying which rule the text broke.
 */
const char *
kpi_state_parse(const KpiStateType *type, const char *text, void *state)
{
	const char *p = skip_space(text);

	memset(state, 0, type->size);
	if (*p++ != '(')
		return "A state literal starts with \"(\"";
	for (int i = 0; i < type->nfields; i++)
	{
		const KpiStateField *field = &type->fields[i];
		size_t		name_length = strlen(field->name);
		bool		negative = false;
		int128		value = 0;
		int			digits = 0;
		const char *problem;

		p = skip_space(p);
		if (strncmp(p, field->name, name_length) != 0)
			return "The fields must be named, in the documented order";
		p = skip_space(p + name_length);
		if (*p++ != '=')
			return "A field name is followed by \"=\"";
		p = skip_space(p);
		if (*p == '-')
		{
			negative = true;
			p++;
		}
		while (*p >= '0' && *p <= '9')
		{
			int			digit = *p++ - '0';

			if (value > (KPI_INT128_MAX - digit) / 10)
				return "A field value is out of range";
			value = value * 10 + digit;
			digits++;
		}
		if (digits == 0 || *p == '.' || *p == 'e' || *p == 'E' ||
			(*p >= '0' && *p <= '9'))
			return "A field value must be an integer";
		if (negative)
			value = -value;
		if ((problem = kpi_state_store_field(field, value, state)) != NULL)
			return problem;
		p = skip_space(p);
		if (*p == '\0' || (*p == ')' && i < type->nfields - 1))
			return "The literal ends before all fields are given";
		if (*p++ != (i == type->nfields - 1 ? ')' : ','))
			return i == type->nfields - 1 ?
				"The last field is followed by \")\"" :
				"Fields are separated by \",\"";
	}
	if (*skip_space(p) != '\0')
		return "Unexpected text after \")\"";
	return type->check ? type->check(state) : NULL;
}

/*
 * Write the decimal digits of an int128 at out, without a terminator;
 * returns the end.  At most KPI_INT128_DIGITS characters.
 */
char *
kpi_int128_format(char *out, int128 value)
{
	char		digits[41];
	int			n = 0;
	/* negated as unsigned: -value overflows for the smallest int128 */
	uint128		magnitude = value < 0 ? -(uint128) value : (uint128) value;

	do
	{
		digits[n++] = '0' + (int) (magnitude % 10);
		magnitude /= 10;
	} while (magnitude > 0);
	if (value < 0)
		*out++ = '-';
	while (n > 0)
		*out++ = digits[--n];
	return out;
}

/* Room kpi_state_format_into needs for a state of this type. */
size_t
kpi_state_text_size(const KpiStateType *type)
{
	size_t		room = 3;		/* parentheses and terminator */

	for (int i = 0; i < type->nfields; i++)
		room += strlen(type->fields[i].name) + 2 + KPI_INT128_DIGITS;
	return room;
}

/* Write a state's canonical text form into out (kpi_state_text_size bytes). */
void
kpi_state_format_into(const KpiStateType *type, const void *state, char *out)
{
	*out++ = '(';
	for (int i = 0; i < type->nfields; i++)
	{
		const KpiStateField *field = &type->fields[i];

		if (i > 0)
			*out++ = ',';
		strcpy(out, field->name);
		out += strlen(field->name);
		*out++ = '=';
		out = kpi_int128_format(out, kpi_state_load_field(field, state));
	}
	*out++ = ')';
	*out = '\0';
}
