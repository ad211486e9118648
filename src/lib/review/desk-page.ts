/**
 * The review desk's page: a shell the desk's script fills in (`scripts/review-desk.ts`), holding
 * the session token in a `<meta>` element only a page of the same origin can read.
 */

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function deskPage({
	token,
	scriptUrl,
	stylesheetUrl,
}: {
	token: string;
	scriptUrl: string;
	stylesheetUrl: string;
}): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="color-scheme" content="light dark">
<meta name="review-token" content="${escapeAttribute(token)}">
<title>Review desk · Quoteline</title>
<link rel="icon" href="/review/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${escapeAttribute(stylesheetUrl)}">
<script type="module" src="${escapeAttribute(scriptUrl)}"></script>
</head>
<body>
<header class="desk-bar">
<a class="desk-bar__home" href="/review/">Review desk</a>
<span class="desk-bar__where" id="desk-where"></span>
<a class="desk-bar__site" href="/">The site</a>
</header>
<main id="desk" tabindex="-1">
<p class="desk-loading">Loading the desk…</p>
<noscript><p>The review desk needs JavaScript.</p></noscript>
</main>
<div class="desk-status" id="desk-status" role="status" aria-live="polite"></div>
</body>
</html>
`;
}
