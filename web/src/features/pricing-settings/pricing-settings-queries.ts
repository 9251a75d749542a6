// Products, price books and the discount policy: queries and mutations for the pricing settings.
// The price-book keys are the deal page's too, so a saved book re-prices what the deal page offers.

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Schema } from "../../api/contract.ts";
import { fetchAllPages } from "../partners/partner-queries.ts";

type DiscountPolicy = Schema<"DiscountPolicy">;
type DiscountPolicyInput = Schema<"DiscountPolicyInput">;
type NewPriceBook = Schema<"PriceBookInput">;
type PriceBookDetail = Schema<"PriceBookDetail">;
type PriceBookSummary = Schema<"PriceBook">;
type PriceEntryInput = NonNullable<Schema<"PriceBookInput">["entries"]>[number];
type Product = Schema<"Product">;
type ProductInput = Schema<"ProductInput">;

const keys = {
  products: ["products"] as const,
  priceBooks: ["price-books"] as const,
  priceBook: (id: string | null) => ["price-books", id] as const,
  policy: ["discount-policy"] as const,
};

export function useProducts() {
  return useQuery({
    queryKey: keys.products,
    queryFn: ({ signal }) => fetchAllPages<Product>("/products", signal),
    select: (products) => [...products].sort((a, b) => a.sku.localeCompare(b.sku)),
  });
}

export function useSaveProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: Partial<ProductInput> }) =>
      id
        ? api.patch<Product>(`/products/${encodeURIComponent(id)}`, input)
        : api.post<Product>("/products", input),
    // A book's entries carry the product's name and active flag.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.products }),
        queryClient.invalidateQueries({ queryKey: keys.priceBooks }),
      ]),
  });
}

export function usePriceBookList() {
  return useQuery({
    queryKey: keys.priceBooks,
    queryFn: ({ signal }) => api.get<{ data: PriceBookSummary[] }>("/price-books", undefined, signal),
  });
}

export function usePriceBookDetail(id: string | null) {
  return useQuery({
    queryKey: keys.priceBook(id),
    queryFn: ({ signal }) =>
      api.get<PriceBookDetail>(`/price-books/${encodeURIComponent(id!)}`, undefined, signal),
    enabled: id !== null,
  });
}

export function useCreatePriceBook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (book: NewPriceBook) => api.post<PriceBookDetail>("/price-books", book),
    onSuccess: (book) => {
      queryClient.setQueryData(keys.priceBook(book.id), book);
      return queryClient.invalidateQueries({ queryKey: keys.priceBooks, exact: true });
    },
  });
}

export function useSavePriceBook(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { name?: string; entries?: PriceEntryInput[] }) =>
      api.patch<PriceBookDetail>(`/price-books/${encodeURIComponent(id)}`, change),
    onSuccess: (book) => {
      queryClient.setQueryData(keys.priceBook(id), book);
      return queryClient.invalidateQueries({ queryKey: keys.priceBooks, exact: true });
    },
  });
}

export function useDiscountPolicy() {
  return useQuery({
    queryKey: keys.policy,
    queryFn: ({ signal }) => api.get<DiscountPolicy>("/discount-policy", undefined, signal),
  });
}

export function useSaveDiscountPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: DiscountPolicyInput) => api.put<DiscountPolicy>("/discount-policy", policy),
    onSuccess: (policy) => {
      queryClient.setQueryData(keys.policy, policy);
      // Deal pages show each deal's limit and deviations under the policy.
      return queryClient.invalidateQueries({ queryKey: ["deals"] });
    },
  });
}
