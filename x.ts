import { collectionSchemas } from './src/schemas/collections.ts';
import { referenceStandIn } from './src/schemas/reference.ts';
import { describeSchema, typeLabel } from './src/lib/describeFields.ts';
const s = collectionSchemas(referenceStandIn);
for (const [name, schema] of Object.entries(s)) {
  for (const v of describeSchema(schema)) {
    console.log('==', name, v.discriminator);
    for (const f of v.fields) console.log(' ', f.name, f.required ? 'REQ' : 'opt', JSON.stringify(f.defaultValue), '|', typeLabel(f), '|', f.description, f.values ?? f.item?.values ?? '', f.minimum ?? '', f.maximum ?? '', f.fields?.map(x=>x.name+':'+x.description+(x.required?'*':'')) ?? f.item?.fields?.map(x=>x.name+':'+x.description+(x.required?'*':'')) ?? '');
  }
}
