/* domain.c: the fixed words of the domain: applicant types, kecamatan, coaching aspects, statuses, sifat. */
#include "sibina.h"

#include <stdio.h>
#include <string.h>

/* Each list is NULL-terminated; values and labels run in parallel. */
const char *const applicant_types[] = { "umkm", "koperasi", NULL };
const char *const applicant_type_labels[] = { "UMKM", "Koperasi", NULL };

/* The kecamatan of Kabupaten Sijunjung. */
const char *const kecamatan[] = { "Kamang Baru", "Tanjung Gadang",
    "Sijunjung", "Lubuk Tarok", "IV Nagari", "Kupitan", "Koto VII",
    "Sumpur Kudus", NULL };

/* The values are those of request.aspects (sql/003-requests.sql). */
const char *const aspects[] = { "kelembagaan", "produksi", "pemasaran",
    "keuangan", "sdm", "perizinan", "digitalisasi", NULL };
const char *const aspect_labels[] = { "Kelembagaan", "Produksi",
    "Pemasaran", "Keuangan dan permodalan", "Sumber daya manusia",
    "Perizinan dan legalitas", "Digitalisasi", NULL };

/* request.status, in the applicant's words. */
const char *const statuses[] = { "diajukan", "diproses", "dikembalikan",
    "dijadwalkan", "selesai", NULL };
const char *const status_labels[] = { "Diajukan", "Diproses",
    "Dikembalikan", "Dijadwalkan", "Selesai", NULL };

/* The sifat of a letter in the agenda book. */
const char *const sifats[] = { "biasa", "segera", "sangat_segera",
    "rahasia", NULL };
const char *const sifat_labels[] = { "Biasa", "Segera", "Sangat segera",
    "Rahasia", NULL };

/* The label of value in a values/labels pair of lists, or "". */
const char *
label_of(const char *const *values, const char *const *labels,
    const char *value)
{
	size_t i;

	for (i = 0; values[i] != NULL; i++)
		if (value != NULL && strcmp(values[i], value) == 0)
			return labels[i];
	return "";
}

/* Sets prefix.N.value and prefix.N.label for a form's choices. */
NEOERR *
choices_set(HDF *hdf, const char *prefix, const char *const *values,
    const char *const *labels)
{
	char key[96];
	NEOERR *err = STATUS_OK;
	int i;

	for (i = 0; values[i] != NULL && err == STATUS_OK; i++) {
		snprintf(key, sizeof(key), "%s.%d.value", prefix, i);
		err = hdf_set_value(hdf, key, values[i]);
		snprintf(key, sizeof(key), "%s.%d.label", prefix, i);
		if (err == STATUS_OK)
			err = hdf_set_value(hdf, key, labels[i]);
	}
	return nerr_pass(err);
}
