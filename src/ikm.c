/* ikm.c: the satisfaction survey's nine elements and the index (IKM) of PermenPANRB 14/2017. */
#include "sibina.h"

#include <stdio.h>

/*
 * The questionnaire of the regulation's appendix (Lampiran, contoh
 * kuesioner), in the order of its nine elements (Pasal/Lampiran: unsur
 * SKM). Wording checked against a questionnaire made from it,
 * https://pdfcoffee.com/permen-14-2017-okkk-pdf-free.html (questions 1-7
 * and the answers of all nine match), and the wording the office's brief
 * gives from the appendix; question 2 keeps the appendix's "pemahaman".
 * The answers go from the worst (1) to the best (4).
 */
const struct ikm_element ikm_elements[IKM_ELEMENTS] = {
	{ "u1", "Persyaratan",
	    "Bagaimana pendapat Saudara tentang kesesuaian persyaratan "
	    "pelayanan dengan jenis pelayanannya?",
	    { "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai" } },
	{ "u2", "Sistem, mekanisme dan prosedur",
	    "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan "
	    "di unit ini?",
	    { "Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah" } },
	{ "u3", "Waktu penyelesaian",
	    "Bagaimana pendapat Saudara tentang kecepatan waktu dalam "
	    "memberikan pelayanan?",
	    { "Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat" } },
	{ "u4", "Biaya/tarif",
	    "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam "
	    "pelayanan?",
	    { "Sangat mahal", "Cukup mahal", "Murah", "Gratis" } },
	{ "u5", "Produk spesifikasi jenis pelayanan",
	    "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan "
	    "antara yang tercantum dalam standar pelayanan dengan hasil yang "
	    "diberikan?",
	    { "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai" } },
	{ "u6", "Kompetensi pelaksana",
	    "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas "
	    "dalam pelayanan?",
	    { "Tidak kompeten", "Kurang kompeten", "Kompeten",
	    "Sangat kompeten" } },
	{ "u7", "Perilaku pelaksana",
	    "Bagaimana pendapat Saudara tentang perilaku petugas dalam "
	    "pelayanan terkait kesopanan dan keramahan?",
	    { "Tidak sopan dan ramah", "Kurang sopan dan ramah",
	    "Sopan dan ramah", "Sangat sopan dan ramah" } },
	{ "u8", "Penanganan pengaduan, saran dan masukan",
	    "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna "
	    "layanan?",
	    { "Tidak ada", "Ada tetapi tidak berfungsi",
	    "Berfungsi kurang maksimal", "Dikelola dengan baik" } },
	{ "u9", "Sarana dan prasarana",
	    "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
	    { "Buruk", "Cukup", "Baik", "Sangat baik" } },
};

/*
 * Adds one response (each answer 1..4) to the sums. Returns -1, adding
 * nothing, if an answer is out of the scale.
 */
int
ikm_add(struct ikm_sums *s, const int answers[IKM_ELEMENTS])
{
	size_t i;

	for (i = 0; i < IKM_ELEMENTS; i++)
		if (answers[i] < 1 || answers[i] > 4)
			return -1;
	for (i = 0; i < IKM_ELEMENTS; i++)
		s->sum[i] += answers[i];
	s->n++;
	return 0;
}

/* num / den rounded half up, for num >= 0 and den > 0. */
static long
div_round(long long num, long long den)
{
	return (long)((2 * num + den) / (2 * den));
}

/*
 * The grade of a converted score given in hundredths (8831 is 88,31).
 * The regulation's intervals are written to two decimals (88,31-100 A,
 * 76,61-88,30 B, 65,00-76,60 C, 25,00-64,99 D), so the score is first
 * rounded to two decimals (half up, in ikm_compute) and then compared:
 * a score between 88,30 and 88,31 such as 88,305 counts as 88,31 (A), one
 * such as 88,3049 as 88,30 (B); every score falls in exactly one interval.
 */
char
ikm_grade(long score100, const char **label)
{
	char grade;
	const char *text;

	if (score100 >= 8831) {
		grade = 'A';
		text = "Sangat Baik";
	} else if (score100 >= 7661) {
		grade = 'B';
		text = "Baik";
	} else if (score100 >= 6500) {
		grade = 'C';
		text = "Kurang Baik";
	} else {
		grade = 'D';
		text = "Tidak Baik";
	}
	if (label != NULL)
		*label = text;
	return grade;
}

/*
 * Computes the index of a set of responses: each element's mean (NRR =
 * sum / n), weighted by exactly 1/9 (NRR tertimbang), their sum, and
 * IKM = sum x 25. Every response answers all nine elements, so the exact
 * IKM is 25 x (sum of all answers) / (9 x n); each figure is rounded once,
 * from the exact sums, never from another rounded figure (the
 * regulation's example rounds the weight to 0,111, which this does not).
 * Returns -1 when there is no response (nothing to compute).
 */
int
ikm_compute(const struct ikm_sums *s, struct ikm_result *out)
{
	long long total = 0;
	size_t i;

	if (s->n <= 0)
		return -1;
	for (i = 0; i < IKM_ELEMENTS; i++) {
		if (s->sum[i] < s->n || s->sum[i] > 4 * s->n)
			return -1;
		total += s->sum[i];
		out->nrr100[i] = div_round(100 * s->sum[i], s->n);
		out->weighted1000[i] = div_round(1000 * s->sum[i],
		    IKM_ELEMENTS * s->n);
	}
	out->weighted_sum1000 = div_round(1000 * total, IKM_ELEMENTS * s->n);
	out->score100 = div_round(2500 * total, IKM_ELEMENTS * s->n);
	out->score10 = div_round(250 * total, IKM_ELEMENTS * s->n);
	out->grade = ikm_grade(out->score100, &out->grade_label);
	return 0;
}

/*
 * Writes a fixed-point value (value / 10^decimals, value >= 0) the
 * office's way, with a decimal comma: ikm_decimal(825, 1) is "82,5".
 */
void
ikm_decimal(long value, int decimals, char *out, size_t len)
{
	long scale = 1;
	int i;

	for (i = 0; i < decimals; i++)
		scale *= 10;
	if (decimals == 0)
		snprintf(out, len, "%ld", value);
	else
		snprintf(out, len, "%ld,%0*ld", value / scale, decimals,
		    value % scale);
}
