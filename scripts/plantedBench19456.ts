import { loadBudgets } from '../bench/lib/budgets.ts';
export const planted = loadBudgets;
