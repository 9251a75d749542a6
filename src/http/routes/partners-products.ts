import { z } from "@hono/zod-openapi";
import { PARTNER_KINDS } from "../../domain/catalogue.ts";
import * as partners from "../../services/partners/partners.ts";
import { PartnerFieldsSchema, UpdatePartnerSchema } from "../../services/partners/partners.ts";
import { ProductFieldsSchema, UpdateProductSchema } from "../../services/pricing/pricing-schemas.ts";
import * as products from "../../services/pricing/products.ts";
import { recordRoutes } from "./record-routes.ts";

const ProductSchema = z
  .object({
    id: z.uuid(),
    sku: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Product");

const PartnerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(PARTNER_KINDS),
    website: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Partner");

export const productRoutes = recordRoutes({
  path: "/products",
  noun: "product",
  tag: "Products and pricing",
  view: ProductSchema,
  createBody: ProductFieldsSchema.openapi("ProductInput"),
  updateBody: UpdateProductSchema.openapi("ProductUpdate"),
  useCases: {
    create: products.createProduct,
    get: products.getProduct,
    update: products.updateProduct,
    remove: products.deleteProduct,
    list: products.listProducts,
  },
});

export const partnerRoutes = recordRoutes({
  path: "/partners",
  noun: "partner",
  tag: "Partners",
  view: PartnerSchema,
  createBody: PartnerFieldsSchema.openapi("PartnerInput"),
  updateBody: UpdatePartnerSchema.openapi("PartnerUpdate"),
  useCases: {
    create: partners.createPartner,
    get: partners.getPartner,
    update: partners.updatePartner,
    remove: partners.deletePartner,
    list: partners.listPartners,
  },
});
