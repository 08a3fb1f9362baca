import { z } from 'zod/mini';
import { parseJsonAnswer } from './json-answer.js';
import { platformSender, type PlatformOptions } from './service.js';

const CATALOG_PATH = '/data/foundation/catalog';

const nonEmpty = z.string().check(z.minLength(1));
const schemaRefSchema = z.object({ id: nonEmpty, contentType: nonEmpty });

export type SchemaRef = z.infer<typeof schemaRefSchema>;

/** `GET /dataSets/{id}`: an object keyed by the dataset's id. */
const datasetAnswer = z.record(z.string(), z.object({ schemaRef: schemaRefSchema }));

export interface Catalog {
  /** The XDM schema a dataset holds records of. */
  datasetSchema(id: string): Promise<SchemaRef>;
}

export function catalogClient(o: PlatformOptions): Catalog {
  const send = platformSender(o, new URL(`${o.platformUrl}${CATALOG_PATH}`));
  return {
    async datasetSchema(id) {
      const path = `/dataSets/${encodeURIComponent(id)}`;
      const answer = await send({ method: 'GET', path }, (label, r) =>
        parseJsonAnswer(label, r, datasetAnswer),
      );
      const dataset = answer[id];
      if (!dataset) throw new Error(`GET /dataSets/${id} answered without dataset ${id}`);
      return dataset.schemaRef;
    },
  };
}
