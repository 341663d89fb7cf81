/*
 * glyphs.c
 *		The Unicode block characters that kpi_sparkline and kpi_bar draw
 *		with, in the database encoding.
 *
 * The pictures are made of U+2581..U+2588 (lower blocks, one to eight
 * eighths high) and U+2589..U+258F (left blocks, seven to one eighth
 * wide).  A UTF8 database holds them, and so does any other server
 * encoding that PostgreSQL converts them into (EUC_TW does).  In the
 * others (LATIN1, WIN1252, ...) they have no character, and SQL_ASCII
 * would pass the UTF-8 bytes to every client unconverted, so a LATIN1
 * client would print them as garbage: there the functions raise an error
 * instead of returning text nobody can read.
 */
#include "kpi.h"

#include "catalog/namespace.h"
#include "mb/pg_wchar.h"

#define FIRST_BLOCK_CODE_POINT 0x2581

StaticAssertDecl(sizeof(((KpiGlyph *) NULL)->bytes) == MAX_MULTIBYTE_CHAR_LEN,
				 "a glyph holds one character of any server encoding");

/* The table for the encoding it was built for; -1 before the first call. */
static KpiGlyph block_glyphs[KPI_BLOCK_GLYPHS];
static int	glyph_table_encoding = -1;

/* Error: the database encoding cannot show the block characters. */
pg_noreturn static void
report_no_block_characters(const char *function, int encoding);

/* The error above: SQLSTATE 22P05, the encoding named, UTF8 advised. */
static void
report_no_block_characters(const char *function, int encoding)
{
	ereport(ERROR,
			(errcode(ERRCODE_UNTRANSLATABLE_CHARACTER),
			 errmsg("%s: the database encoding %s cannot hold the block characters it draws with",
					function, pg_encoding_to_char(encoding)),
			 encoding == PG_SQL_ASCII ?
			 errdetail("%s draws with U+2581..U+258F; SQL_ASCII stores bytes without an encoding, so clients would receive them unconverted.",
					   function) :
			 errdetail("%s draws with U+2581..U+258F, which have no equivalent in %s.",
					   function, pg_encoding_to_char(encoding)),
			 errhint("Use a database created with ENCODING 'UTF8'.")));
}

/*
 * One block character in the database encoding; false if the encoding has
 * no equivalent.  The conversion runs with noError, so an unconvertible
 * character is an answer rather than PostgreSQL's generic error.
 */
static bool
convert_block_character(pg_wchar code_point, Oid conversion, int encoding,
						KpiGlyph *glyph)
{
	unsigned char utf8[MAX_MULTIBYTE_CHAR_LEN + 1] = {0};
	unsigned char converted[MAX_MULTIBYTE_CHAR_LEN * MAX_CONVERSION_GROWTH + 1] = {0};
	int			utf8_length;
	int			converted_source_bytes;
	size_t		length;

	unicode_to_utf8(code_point, utf8);
	utf8_length = pg_utf_mblen(utf8);
	if (encoding == PG_UTF8)
	{
		memcpy(glyph->bytes, utf8, utf8_length);
		glyph->length = (uint8) utf8_length;
		return true;
	}
	converted_source_bytes =
		DatumGetInt32(OidFunctionCall6(conversion,
									   Int32GetDatum(PG_UTF8),
									   Int32GetDatum(encoding),
									   CStringGetDatum((char *) utf8),
									   CStringGetDatum((char *) converted),
									   Int32GetDatum(utf8_length),
									   BoolGetDatum(true)));
	length = strlen((char *) converted);
	if (converted_source_bytes != utf8_length || length == 0 ||
		length > sizeof(glyph->bytes))
		return false;
	memcpy(glyph->bytes, converted, length);
	glyph->length = (uint8) length;
	return true;
}

/*
 * The block characters U+2581..U+258F in the database encoding, or an
 * error naming the function when the encoding cannot hold them.  Built on
 * the first call of a backend; the database encoding never changes within
 * one.
 */
const KpiGlyph *
kpi_block_glyphs(const char *function)
{
	int			encoding = GetDatabaseEncoding();
	Oid			conversion = InvalidOid;

	if (likely(glyph_table_encoding == encoding))
		return block_glyphs;
	if (encoding != PG_UTF8)
	{
		/* SQL_ASCII has no conversion: PostgreSQL does not convert it */
		if (encoding != PG_SQL_ASCII)
			conversion = FindDefaultConversionProc(PG_UTF8, encoding);
		if (!OidIsValid(conversion))
			report_no_block_characters(function, encoding);
	}
	for (int i = 0; i < KPI_BLOCK_GLYPHS; i++)
	{
		if (!convert_block_character(FIRST_BLOCK_CODE_POINT + i, conversion,
									 encoding, &block_glyphs[i]))
			report_no_block_characters(function, encoding);
	}
	glyph_table_encoding = encoding;
	return block_glyphs;
}
