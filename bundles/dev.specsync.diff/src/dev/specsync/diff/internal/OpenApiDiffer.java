package dev.specsync.diff.internal;

import org.osgi.service.component.annotations.Component;

import dev.specsync.diff.DiffException;
import dev.specsync.diff.DiffReport;
import dev.specsync.diff.ReportFormat;
import dev.specsync.diff.SchemaDiffer;
import dev.specsync.document.SourceDocument;
import dev.specsync.openapi.ApiFileSet;

/** The {@link SchemaDiffer} service: each call builds its own {@link Comparison}, so calls run in parallel. */
@Component(service = SchemaDiffer.class)
public final class OpenApiDiffer implements SchemaDiffer {

	/** Creates the service; DS and tests call this. */
	public OpenApiDiffer() {
	}

	@Override
	public DiffReport diff(SourceDocument oldDocument, SourceDocument newDocument) throws DiffException {
		return new Comparison(new Spec(oldDocument), new Spec(newDocument)).run();
	}

	@Override
	public DiffReport diff(ApiFileSet oldApi, ApiFileSet newApi) throws DiffException {
		return new Comparison(new Spec(oldApi), new Spec(newApi)).run();
	}

	@Override
	public String render(DiffReport report, ReportFormat format) {
		return switch (format) {
			case JSON -> Renderers.json(report);
			case MARKDOWN -> Renderers.markdown(report);
			case TEXT -> Renderers.text(report);
		};
	}
}
